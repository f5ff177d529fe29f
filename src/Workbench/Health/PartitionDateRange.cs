using Lineage.Assets.Partitions;

namespace Lineage.Workbench.Health;

/// <summary>An inclusive range of daily partitions, at most <see cref="MaxDays"/> long.</summary>
public sealed record PartitionDateRange
{
    public const int MaxDays = 3660;

    /// <summary>Without bounds, the two weeks up to today (never before the first partition).</summary>
    public const int DefaultDays = 14;

    private PartitionDateRange(DateOnly from, DateOnly to)
    {
        From = from;
        To = to;
    }

    public DateOnly From { get; }

    public DateOnly To { get; }

    public IReadOnlyList<DateOnly> Dates => Enumerable.Range(0, To.DayNumber - From.DayNumber + 1).Select(From.AddDays).ToList();

    public IReadOnlyList<string> Keys => Dates.Select(DailyPartitions.FormatKey).ToList();

    /// <summary>Exactly from–to, both required.</summary>
    public static PartitionDateRange Between(DateOnly from, DateOnly to) => Of(from, to, from, to);

    /// <summary>The range from/to name; a missing <paramref name="to"/> is today, a missing <paramref name="from"/> two weeks before it.</summary>
    public static PartitionDateRange Of(DateOnly? from, DateOnly? to, DateOnly partitionsStart, DateOnly today)
    {
        if (to is not null && from is not null && to < from)
            throw new PartitionRangeException(
                $"to {DailyPartitions.FormatKey(to.Value)} is before from {DailyPartitions.FormatKey(from.Value)}; swap them.");
        var end = to ?? (from is { } start && start > today ? start : today);
        var begin = from ?? Min(end, Max(partitionsStart, end.AddDays(1 - DefaultDays)));
        var days = end.DayNumber - begin.DayNumber + 1;
        if (days > MaxDays)
            throw new PartitionRangeException(
                $"The range {DailyPartitions.FormatKey(begin)} to {DailyPartitions.FormatKey(end)} spans {days} days, more than the {MaxDays} a status query may cover; narrow it.");
        return new PartitionDateRange(begin, end);
    }

    private static DateOnly Max(DateOnly a, DateOnly b) => a > b ? a : b;

    private static DateOnly Min(DateOnly a, DateOnly b) => a < b ? a : b;
}
