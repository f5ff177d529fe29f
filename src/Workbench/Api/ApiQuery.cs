using Lineage.Assets.Partitions;

namespace Lineage.Workbench.Api;

/// <summary>Checks query-string values the read endpoints share; a bad one is an <see cref="ArgumentException"/> naming it.</summary>
internal static class ApiQuery
{
    public static string Partition(string? partition)
    {
        if (string.IsNullOrWhiteSpace(partition))
            throw new ArgumentException("name a partition, e.g. partition=2026-11-19");
        if (!DailyPartitions.TryParseKey(partition, out var date))
            throw new ArgumentException($"partition '{partition}' is not a date; write it as yyyy-MM-dd, e.g. 2026-11-19");
        return DailyPartitions.FormatKey(date);
    }

    public static string? OptionalPartition(string? partition) => string.IsNullOrWhiteSpace(partition) ? null : Partition(partition);

    public static string Required(string? value, string name, string example) =>
        string.IsNullOrWhiteSpace(value) ? throw new ArgumentException($"name {name}, e.g. {name}={example}") : value;
}
