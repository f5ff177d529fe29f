using System.Buffers;
using Amazon.S3;
using Amazon.S3.Model;

namespace Lineage.Lakehouse.IO.S3;

/// <summary>
/// Buffers one part in memory. Content that fits in one part is sent with a single PUT on publish; larger content goes
/// through a multipart upload started when the first part fills, completed on publish and aborted when abandoned
/// (an upload in progress is never visible as an object). One part uploads while the next fills, so memory stays
/// at two parts and the writer rarely waits for the network.
/// </summary>
internal sealed class S3WriteStream(IAmazonS3 client, S3Location target, int partSize, CancellationToken abandonToken)
    : PublishingWriteStream(target.ToString(), abandonToken)
{
    private readonly List<PartETag> _parts = [];
    private byte[]? _buffer = ArrayPool<byte>.Shared.Rent(partSize);
    private byte[]? _uploadingBuffer;
    private Task? _uploading;
    private int _filled;
    private int _partCount;
    private string? _uploadId;

    protected override void WriteCore(ReadOnlySpan<byte> buffer)
    {
        while (!buffer.IsEmpty)
        {
            var taken = Fill(buffer);
            buffer = buffer[taken..];
            if (_filled == partSize)
                StartPartAsync(CancellationToken.None).GetAwaiter().GetResult();
        }
    }

    protected override async ValueTask WriteCoreAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken)
    {
        while (!buffer.IsEmpty)
        {
            var taken = Fill(buffer.Span);
            buffer = buffer[taken..];
            if (_filled == partSize)
                await StartPartAsync(cancellationToken);
        }
    }

    private int Fill(ReadOnlySpan<byte> source)
    {
        var taken = Math.Min(source.Length, partSize - _filled);
        source[..taken].CopyTo(_buffer.AsSpan(_filled));
        _filled += taken;
        return taken;
    }

    /// <summary>Waits for the part before, then sends the filled buffer in the background and carries on in the other buffer.</summary>
    private async Task StartPartAsync(CancellationToken cancellationToken)
    {
        await WaitForUploadingPartAsync();
        _uploadId ??= await S3Errors.Guard(Location, "start a multipart upload", async () =>
            (await client.InitiateMultipartUploadAsync(new InitiateMultipartUploadRequest { BucketName = target.Bucket, Key = target.Key }, cancellationToken)).UploadId);
        var data = _buffer!;
        _uploading = UploadPartAsync(++_partCount, data, _filled, cancellationToken);
        _buffer = _uploadingBuffer ?? ArrayPool<byte>.Shared.Rent(partSize);
        _uploadingBuffer = data;
        _filled = 0;
    }

    private async Task WaitForUploadingPartAsync()
    {
        if (_uploading is null)
            return;
        var uploading = _uploading;
        _uploading = null;
        await uploading;
    }

    private async Task UploadPartAsync(int number, byte[] data, int length, CancellationToken cancellationToken)
    {
        var response = await S3Errors.Guard(Location, $"upload part {number}", () => client.UploadPartAsync(new UploadPartRequest
        {
            BucketName = target.Bucket,
            Key = target.Key,
            UploadId = _uploadId,
            PartNumber = number,
            InputStream = new MemoryStream(data, 0, length, writable: false),
            UseChunkEncoding = false,
        }, cancellationToken));
        _parts.Add(new PartETag(number, response.ETag));
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
                await StartPartAsync(CancellationToken.None);
            await WaitForUploadingPartAsync();
            await S3Errors.Guard(Location, "complete the multipart upload", () => client.CompleteMultipartUploadAsync(new CompleteMultipartUploadRequest
            {
                BucketName = target.Bucket,
                Key = target.Key,
                UploadId = _uploadId,
                PartETags = _parts,
            }));
        }
        ReturnBuffers();
    }

    protected override async ValueTask AbandonAsync()
    {
        try
        {
            await WaitForUploadingPartAsync();
        }
        catch (Exception e) when (S3Errors.IsFailure(e) || e is FileIOException or OperationCanceledException)
        {
            // The upload is aborted below either way.
        }
        ReturnBuffers();
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

    private void ReturnBuffers()
    {
        if (_buffer is not null)
            ArrayPool<byte>.Shared.Return(_buffer);
        if (_uploadingBuffer is not null)
            ArrayPool<byte>.Shared.Return(_uploadingBuffer);
        _buffer = null;
        _uploadingBuffer = null;
    }
}
