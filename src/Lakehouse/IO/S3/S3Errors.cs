using System.Net;
using Amazon.Runtime;
using Amazon.S3;

namespace Lineage.Lakehouse.IO.S3;

/// <summary>Turns SDK and network failures into <see cref="FileIOException"/>s that name the location and say what to check.</summary>
internal static class S3Errors
{
    public static bool IsNotFound(AmazonS3Exception e) =>
        e.StatusCode == HttpStatusCode.NotFound && e.ErrorCode is not "NoSuchBucket";

    public static bool IsFailure(Exception e) =>
        e is AmazonServiceException or AmazonClientException or HttpRequestException || e is IOException and not FileIOException;

    public static FileIOException Translate(Exception e, string location, string action) => e switch
    {
        AmazonS3Exception s3 when IsNotFound(s3) => new LocationNotFoundException(location, e),
        AmazonS3Exception { ErrorCode: "NoSuchBucket" } =>
            new FileIOException(location, $"cannot {action}: the bucket does not exist. Create it or fix the location.", e),
        AmazonS3Exception { StatusCode: HttpStatusCode.Forbidden } s3 =>
            new FileIOException(location, $"cannot {action}: access denied ({s3.ErrorCode}). Check the S3 keys and the bucket's permissions.", e),
        AmazonServiceException service =>
            new FileIOException(location, $"cannot {action}: the store answered {(int)service.StatusCode} {service.ErrorCode}: {service.Message}", e),
        _ => new FileIOException(location, $"cannot {action}: {e.Message}. Check that the S3 endpoint is reachable.", e),
    };

    /// <summary>Runs a store call, translating its failures.</summary>
    public static async Task<T> Guard<T>(string location, string action, Func<Task<T>> call)
    {
        try
        {
            return await call();
        }
        catch (Exception e) when (IsFailure(e))
        {
            throw Translate(e, location, action);
        }
    }
}
