using System.Buffers;
using Amazon.S3;
using Amazon.S3.Model;

namespace Lineage.Lakehouse.IO.S3;

/// <summary>
/// Buffers one part in memory. Content that fits in one part is sent with a single PUT on publish; larger content goes
/// through a multipart upload started when the first part fills, completed on publish and aborted when abandoned
/// (an upload in progress is never visible as an object).
/// </summary>
internal sealed class S3WriteStream(IAmazonS3 client, S3Location target, int partSize, CancellationToken abandonToken)
    : PublishingWriteStream(target.ToString(), abandonToken)
{
    private readonly List<PartETag> _parts = [];
    private byte[]? _buffer = ArrayPool<byte>.Shared.Rent(partSize);
    private int _filled;
    private string? _uploadId;

    protected override void WriteCore(ReadOnlySpan<byte> buffer)
    {
        while (!buffer.IsEmpty)
        {
            var taken = Fill(buffer);
            buffer = buffer[taken..];
            if (_filled == partSize)
                UploadPartAsync(CancellationToken.None).GetAwaiter().GetResult();
        }
    }

    protected override async ValueTask WriteCoreAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken)
    {
        while (!buffer.IsEmpty)
        {
            var taken = Fill(buffer.Span);
            buffer = buffer[taken..];
            if (_filled == partSize)
                await UploadPartAsync(cancellationToken);
        }
    }

    private int Fill(ReadOnlySpan<byte> source)
    {
        var taken = Math.Min(source.Length, partSize - _filled);
        source[..taken].CopyTo(_buffer.AsSpan(_filled));
        _filled += taken;
        return taken;
    }

    private async Task UploadPartAsync(CancellationToken cancellationToken)
    {
        _uploadId ??= await S3Errors.Guard(Location, "start a multipart upload", async () =>
            (await client.InitiateMultipartUploadAsync(new InitiateMultipartUploadRequest { BucketName = target.Bucket, Key = target.Key }, cancellationToken)).UploadId);
        var number = _parts.Count + 1;
        var response = await S3Errors.Guard(Location, $"upload part {number}", () => client.UploadPartAsync(new UploadPartRequest
        {
            BucketName = target.Bucket,
            Key = target.Key,
            UploadId = _uploadId,
            PartNumber = number,
            InputStream = new MemoryStream(_buffer!, 0, _filled, writable: false),
            UseChunkEncoding = false,
        }, cancellationToken));
        _parts.Add(new PartETag(number, response.ETag));
        _filled = 0;
    }

    protected override async ValueTask PublishAsync()
    {
        if (_uploadId is null)
        {
            await S3Errors.Guard(Location, "write the object", () => client.PutObjectAsync(new PutObjectRequest
            {
                BucketName = target.Bucket,
                Key = target.Key,
                InputStream = new MemoryStream(_buffer!, 0, _filled, writable: false),
                UseChunkEncoding = false,
            }));
        }
        else
        {
            if (_filled > 0)
                await UploadPartAsync(CancellationToken.None);
            await S3Errors.Guard(Location, "complete the multipart upload", () => client.CompleteMultipartUploadAsync(new CompleteMultipartUploadRequest
            {
                BucketName = target.Bucket,
                Key = target.Key,
                UploadId = _uploadId,
                PartETags = _parts,
            }));
        }
        ReturnBuffer();
    }

    protected override async ValueTask AbandonAsync()
    {
        ReturnBuffer();
        if (_uploadId is null)
            return;
        try
        {
            await client.AbortMultipartUploadAsync(new AbortMultipartUploadRequest { BucketName = target.Bucket, Key = target.Key, UploadId = _uploadId });
        }
        catch (Exception e) when (S3Errors.IsFailure(e))
        {
            // The upload stays invisible; a bucket lifecycle rule for incomplete uploads reclaims its space.
        }
    }

    private void ReturnBuffer()
    {
        if (_buffer is null)
            return;
        ArrayPool<byte>.Shared.Return(_buffer);
        _buffer = null;
    }
}
