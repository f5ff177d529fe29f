using System.Collections.Concurrent;
using System.Net;
using System.Runtime.CompilerServices;
using System.Runtime.InteropServices;
using Amazon.S3;
using Amazon.S3.Model;

namespace Lineage.Lakehouse.IO.S3;

/// <summary>
/// <see cref="IFileIO"/> over an S3-compatible store (AWS S3, Garage, MinIO, R2). Create-if-absent uses a conditional PUT
/// (<c>If-None-Match: *</c>) where the store honours it, and otherwise checks and puts under the <see cref="ICommitLock"/>
/// (see <see cref="S3Settings.ConditionalPuts"/>); without either it refuses rather than risk overwriting.
/// </summary>
public sealed class S3FileIO : IFileIO, IDisposable
{
    private const int ConflictRetries = 5;

    private readonly IAmazonS3 _client;
    private readonly bool _ownsClient;
    private readonly S3Settings _settings;
    private readonly ICommitLock? _commitLock;
    private readonly ConcurrentDictionary<string, bool> _conditionalPutsByBucket = new(StringComparer.Ordinal);

    public S3FileIO(S3Settings settings, ICommitLock? commitLock = null)
        : this(settings.CreateClient(), settings, commitLock, ownsClient: true)
    {
    }

    /// <summary>Uses a client built by the caller (e.g. with an HTTP handler of its own); the client stays the caller's to dispose.</summary>
    public S3FileIO(IAmazonS3 client, S3Settings settings, ICommitLock? commitLock = null)
        : this(client, settings, commitLock, ownsClient: false)
    {
    }

    private S3FileIO(IAmazonS3 client, S3Settings settings, ICommitLock? commitLock, bool ownsClient)
    {
        settings.Validate();
        _client = client;
        _settings = settings;
        _commitLock = commitLock;
        _ownsClient = ownsClient;
    }

    public async Task<IReadableFile> OpenReadAsync(string location, CancellationToken cancellationToken = default)
    {
        var target = S3Location.Parse(location);
        var metadata = await S3Errors.Guard(location, "open the object", () =>
            _client.GetObjectMetadataAsync(target.Bucket, target.Key, cancellationToken));
        return new S3ReadableFile(_client, target, metadata.ContentLength, metadata.ETag);
    }

    public Task<Stream> CreateAsync(string location, CancellationToken cancellationToken = default)
    {
        var target = S3Location.Parse(location);
        if (target.Key.Length == 0 || target.Key.EndsWith('/'))
            throw new FileIOException(location, "an object location must end with a file name.");
        return Task.FromResult<Stream>(new S3WriteStream(_client, target, _settings.PartSize, cancellationToken));
    }

    public async Task<bool> TryCreateNewAsync(string location, ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default)
    {
        var target = S3Location.Parse(location);
        if (await SupportsConditionalPutsAsync(location, cancellationToken))
            return await PutIfAbsentAsync(target, content, cancellationToken);
        if (_commitLock is null)
            throw new ConditionalPutsUnavailableException(location);
        await using (await _commitLock.AcquireAsync(target.ToString(), _settings.CommitLockTimeout, cancellationToken))
        {
            if (await ExistsAsync(location, cancellationToken))
                return false;
            await S3Errors.Guard(location, "write the object", () => _client.PutObjectAsync(PutRequest(target, content), cancellationToken));
            return true;
        }
    }

    /// <summary>
    /// Whether create-if-absent in this location's bucket can rely on conditional puts: the setting when on or off, else
    /// the result of a probe (two conditional puts of a scratch object beside the location), made once per bucket.
    /// </summary>
    public async Task<bool> SupportsConditionalPutsAsync(string location, CancellationToken cancellationToken = default)
    {
        if (_settings.ConditionalPuts != ConditionalPuts.Auto)
            return _settings.ConditionalPuts == ConditionalPuts.On;
        var target = S3Location.Parse(location);
        if (_conditionalPutsByBucket.TryGetValue(target.Bucket, out var known))
            return known;
        var supported = await ProbeConditionalPutsAsync(target, cancellationToken);
        _conditionalPutsByBucket[target.Bucket] = supported;
        return supported;
    }

    private async Task<bool> ProbeConditionalPutsAsync(S3Location near, CancellationToken cancellationToken)
    {
        var probe = near with { Key = $"{near.Folder}.lineage-conditional-put-probe-{Guid.NewGuid():N}" };
        try
        {
            var first = await PutIfAbsentAsync(probe, "probe"u8.ToArray(), cancellationToken);
            var second = await PutIfAbsentAsync(probe, "probe"u8.ToArray(), cancellationToken);
            return first && !second;
        }
        catch (FileIOException e) when (e.InnerException is AmazonS3Exception { StatusCode: HttpStatusCode.NotImplemented or HttpStatusCode.BadRequest })
        {
            return false;
        }
        finally
        {
            await DeleteAsync(probe.ToString(), CancellationToken.None);
        }
    }

    // Concurrent conditional writes to one key may be answered 409 ConditionalRequestConflict: the winner is not
    // known yet, so the put is tried again until it either succeeds or meets the winner's object (412).
    private async Task<bool> PutIfAbsentAsync(S3Location target, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                var request = PutRequest(target, content);
                request.IfNoneMatch = "*";
                await _client.PutObjectAsync(request, cancellationToken);
                return true;
            }
            catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.PreconditionFailed)
            {
                return false;
            }
            catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.Conflict && attempt < ConflictRetries)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(50 * attempt), cancellationToken);
            }
            catch (Exception e) when (S3Errors.IsFailure(e))
            {
                throw S3Errors.Translate(e, target.ToString(), "create the object");
            }
        }
    }

    private static PutObjectRequest PutRequest(S3Location target, ReadOnlyMemory<byte> content) => new()
    {
        BucketName = target.Bucket,
        Key = target.Key,
        InputStream = MemoryMarshal.TryGetArray(content, out var segment)
            ? new MemoryStream(segment.Array!, segment.Offset, segment.Count, writable: false)
            : new MemoryStream(content.ToArray(), writable: false),
        UseChunkEncoding = false,
    };

    public async Task<bool> ExistsAsync(string location, CancellationToken cancellationToken = default)
    {
        var target = S3Location.Parse(location);
        try
        {
            await _client.GetObjectMetadataAsync(target.Bucket, target.Key, cancellationToken);
            return true;
        }
        catch (AmazonS3Exception e) when (S3Errors.IsNotFound(e))
        {
            return false;
        }
        catch (Exception e) when (S3Errors.IsFailure(e))
        {
            throw S3Errors.Translate(e, location, "look the object up");
        }
    }

    public Task DeleteAsync(string location, CancellationToken cancellationToken = default)
    {
        var target = S3Location.Parse(location);
        return S3Errors.Guard(location, "delete the object", () => _client.DeleteObjectAsync(target.Bucket, target.Key, cancellationToken));
    }

    public async IAsyncEnumerable<FileEntry> ListAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var target = S3Location.Parse(prefix);
        var request = new ListObjectsV2Request { BucketName = target.Bucket, Prefix = target.Key, MaxKeys = _settings.ListPageSize };
        while (true)
        {
            var page = await S3Errors.Guard(prefix, "list the objects", () => _client.ListObjectsV2Async(request, cancellationToken));
            foreach (var item in page.S3Objects ?? [])
            {
                yield return new FileEntry(
                    new S3Location(target.Bucket, item.Key).ToString(),
                    item.Size ?? 0,
                    item.LastModified is { } modified ? new DateTimeOffset(modified.ToUniversalTime()) : DateTimeOffset.MinValue,
                    item.ETag);
            }
            if (page.IsTruncated != true || string.IsNullOrEmpty(page.NextContinuationToken))
                yield break;
            request.ContinuationToken = page.NextContinuationToken;
        }
    }

    public async Task<byte[]> ReadAllBytesAsync(string location, CancellationToken cancellationToken = default)
    {
        var target = S3Location.Parse(location);
        return await S3Errors.Guard(location, "read the object", async () =>
        {
            using var response = await _client.GetObjectAsync(target.Bucket, target.Key, cancellationToken);
            if (response.ContentLength > Array.MaxLength)
                throw new FileIOException(location, $"the object has {response.ContentLength} bytes, too many for one array; read it by ranges.");
            var content = new byte[response.ContentLength];
            await response.ResponseStream.ReadExactlyAsync(content, cancellationToken);
            return content;
        });
    }

    public void Dispose()
    {
        if (_ownsClient)
            _client.Dispose();
    }
}
