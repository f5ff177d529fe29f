using Parquet.Meta;

namespace Lineage.Lakehouse.Parquet.Guards;

/// <summary>
/// Checks decoded integers against the column chunk's own min/max statistics, which writers record exactly for
/// integers: the decoded minimum and maximum must be the recorded ones. Any other result means the bytes
/// were decoded wrongly (Parquet.Net 6.1.0 mis-decodes 32-bit DELTA_BINARY_PACKED pages whose deltas need more than
/// 32 bits, as DuckDB writes them) or the file is damaged; either way the rows must not be returned as if they were
/// the file's.
/// </summary>
internal static class StatisticsGuard
{
    public static void Check(ColumnMetaData chunk, System.Array values, int present)
    {
        if (chunk.Statistics is not { MinValue: { } min, MaxValue: { } max } statistics
            || statistics.IsMinValueExact == false || statistics.IsMaxValueExact == false || present == 0)
            return;
        if (values is int[] ints && min.Length == 4 && max.Length == 4)
            Check(ints.AsSpan(0, present), BitConverter.ToInt32(min), BitConverter.ToInt32(max), chunk);
        else if (values is long[] longs && min.Length == 8 && max.Length == 8)
            Check(longs.AsSpan(0, present), BitConverter.ToInt64(min), BitConverter.ToInt64(max), chunk);
    }

    private static void Check<T>(ReadOnlySpan<T> values, T min, T max, ColumnMetaData chunk)
        where T : struct, IComparable<T>
    {
        var lowest = values[0];
        var highest = values[0];
        foreach (var value in values)
        {
            if (value.CompareTo(lowest) < 0)
                lowest = value;
            if (value.CompareTo(highest) > 0)
                highest = value;
        }
        if (lowest.CompareTo(min) != 0 || highest.CompareTo(max) != 0)
            throw new FormatException(
                $"the decoded values span [{lowest}, {highest}] but the chunk's statistics say [{min}, {max}] (encodings {string.Join(", ", chunk.Encodings)}): the pages were not decoded faithfully");
    }
}
