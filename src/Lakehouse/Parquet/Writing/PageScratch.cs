using Lineage.Lakehouse.Buffers;
using Lineage.Lakehouse.Parquet.Data;
using Lineage.Lakehouse.Parquet.Levels;

namespace Lineage.Lakehouse.Parquet.Writing;

/// <summary>
/// The working buffers of a writer between a batch and its pages: the shredded levels of one leaf, and the page
/// being encoded, compressed and given its header. Each is used synchronously (never across an await), so every
/// writer on a thread shares that thread's set: a process with many open files holds one set per thread, not one
/// per file or column.
/// </summary>
internal sealed class PageScratch
{
    [ThreadStatic]
    private static PageScratch? t_current;

    /// <summary>What the shredded levels point at between batches, so that they keep no batch alive.</summary>
    public static readonly ColumnVector NoBatch = new PrimitiveVector<int>(1);

    private PageScratch()
    {
    }

    public static PageScratch ForCurrentThread => t_current ??= new PageScratch();

    public ShreddedColumn Levels { get; } = new(NoBatch);

    public PooledBufferWriter Body { get; } = new(64 * 1024);

    public PooledBufferWriter Compressed { get; } = new(64 * 1024);

    public PooledBufferWriter Header { get; } = new(256);
}
