using Lineage.Lakehouse.Buffers;

namespace Lineage.Lakehouse.Parquet.Writing;

/// <summary>
/// The buffers a page is encoded and compressed in before it is appended to its column chunk. Pages are written one
/// at a time, so the columns of a file share one set instead of each holding page-sized buffers.
/// </summary>
internal sealed class PageScratch : IDisposable
{
    public PooledBufferWriter Body { get; } = new(64 * 1024);

    public PooledBufferWriter Compressed { get; } = new(64 * 1024);

    public PooledBufferWriter Header { get; } = new(256);

    public void Dispose()
    {
        Body.Dispose();
        Compressed.Dispose();
        Header.Dispose();
    }
}
