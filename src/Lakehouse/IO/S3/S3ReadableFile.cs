using System.Net;
using Amazon.S3;
using Amazon.S3.Model;

namespace Lineage.Lakehouse.IO.S3;

/// <summary>
/// An object read by ranged GETs. The last <see cref="TailSize"/> bytes are fetched once, by the first read that falls
/// in them, and kept: a Parquet footer (length, magic, metadata) then costs one request. Every GET is pinned to the
/// ETag seen when the file was opened, so an object replaced meanwhile fails loudly instead of mixing two versions.
/// </summary>
internal sealed class S3ReadableFile(IAmazonS3 client, S3Location target, long length, string? etag) : IReadableFile
{
    public const int TailSize = 64 * 1024;

    private readonly SemaphoreSlim _tailGate = new(1, 1);
    private byte[]? _tail;

    public string Location { get; } = target.ToString();

    public long Length { get; } = length;

    private long TailStart => Math.Max(0, Length - TailSize);

    public async ValueTask ReadAsync(long offset, Memory<byte> destination, CancellationToken cancellationToken = default)
    {
        if (offset < 0 || offset + destination.Length > Length)
            throw new EndOfStreamException($"{Location}: cannot read {destination.Length} bytes at offset {offset} of a {Length}-byte file.");
        if (destination.Length == 0)
            return;
        if (offset >= TailStart)
        {
            var tail = await LoadTailAsync(cancellationToken);
            tail.AsMemory((int)(offset - TailStart), destination.Length).CopyTo(destination);
            return;
        }
        await FetchAsync(offset, destination, cancellationToken);
    }

    private async ValueTask<byte[]> LoadTailAsync(CancellationToken cancellationToken)
    {
        if (_tail is { } loaded)
            return loaded;
        await _tailGate.WaitAsync(cancellationToken);
        try
        {
            if (_tail is null)
            {
                var tail = new byte[Length - TailStart];
                await FetchAsync(TailStart, tail, cancellationToken);
                _tail = tail;
            }
            return _tail;
        }
        finally
        {
            _tailGate.Release();
        }
    }

    // An explicit first-last range rather than a suffix range (bytes=-N): some test servers misread suffix ranges.
    private async Task FetchAsync(long offset, Memory<byte> destination, CancellationToken cancellationToken)
    {
        var request = new GetObjectRequest
        {
            BucketName = target.Bucket,
            Key = target.Key,
            ByteRange = new ByteRange(offset, offset + destination.Length - 1),
            EtagToMatch = etag,
        };
        try
        {
            using var response = await client.GetObjectAsync(request, cancellationToken);
            await response.ResponseStream.ReadExactlyAsync(destination, cancellationToken);
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.PreconditionFailed)
        {
            throw new FileIOException(Location, "the object was replaced while it was being read; open it again.", e);
        }
        catch (Exception e) when (S3Errors.IsFailure(e))
        {
            throw S3Errors.Translate(e, Location, $"read {destination.Length} bytes at offset {offset}");
        }
    }

    public ValueTask DisposeAsync()
    {
        _tailGate.Dispose();
        return ValueTask.CompletedTask;
    }
}
