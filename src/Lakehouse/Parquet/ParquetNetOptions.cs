using Parquet;

namespace Lineage.Lakehouse.Parquet;

/// <summary>
/// The Parquet.Net options the writer starts from. Parquet.Net keeps its page buffers in process-wide pools whose
/// idle bytes it caps at 16 MB (small buffers) and 64 MB (large ones); a writer holds one page at a time, and
/// materialization writes many files at once, so smaller caps keep reuse and bound what waits idle. (Readers keep the
/// defaults: their pool is a separate one, and a scan decompresses whole column chunks.)
/// </summary>
internal static class ParquetNetOptions
{
    private const int SmallPoolFreeBytes = 4 * 1024 * 1024;
    private const int LargePoolFreeBytes = 16 * 1024 * 1024;

    public static ParquetOptions ForWriting() => new()
    {
        MaximumSmallPoolFreeBytes = SmallPoolFreeBytes,
        MaximumLargePoolFreeBytes = LargePoolFreeBytes,
    };
}
