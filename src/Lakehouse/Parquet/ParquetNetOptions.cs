using Parquet;

namespace Lineage.Lakehouse.Parquet;

/// <summary>
/// The Parquet.Net options every reader and writer of ours starts from. Parquet.Net keeps its page buffers in two
/// process-wide pools whose idle bytes it caps at 16 MB and 64 MB, once for reading and once for writing: up to
/// 160 MB held while idle. A writer holds one page at a time, so far smaller caps keep reuse and bound what waits.
/// </summary>
internal static class ParquetNetOptions
{
    private const int SmallPoolFreeBytes = 4 * 1024 * 1024;
    private const int LargePoolFreeBytes = 16 * 1024 * 1024;

    public static ParquetOptions Create() => new()
    {
        MaximumSmallPoolFreeBytes = SmallPoolFreeBytes,
        MaximumLargePoolFreeBytes = LargePoolFreeBytes,
    };
}
