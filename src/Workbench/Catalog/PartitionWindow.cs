using Lineage.Assets.Partitions;
using Lineage.Materializers.Raw;

namespace Lineage.Workbench.Catalog;

/// <summary>
/// Which daily partitions exist: from the first raw landing date to today (UTC); while no raw file has landed, only
/// today. Launches ask it before they plan anything, so a date outside is refused with the window in the message.
/// </summary>
public sealed class PartitionWindow(RawSource raw, TimeProvider clock)
{
    public static PartitionWindow From(IConfiguration configuration, TimeProvider clock) =>
        new(new StorageLocations(configuration).Raw(), clock);

    public DateOnly Today => DateOnly.FromDateTime(clock.GetUtcNow().UtcDateTime);

    /// <summary>The first partition: the earliest raw landing date, or today while there is none.</summary>
    public async Task<DateOnly> FirstAsync(CancellationToken cancellationToken)
    {
        var first = await raw.FirstPartitionAsync(cancellationToken);
        return first is { } date && date < Today ? date : Today;
    }

    /// <summary>Throws <see cref="PartitionOutOfWindowException"/> naming the first date outside the window.</summary>
    public async Task RequireAsync(IEnumerable<DateOnly> dates, CancellationToken cancellationToken)
    {
        var ordered = dates.Distinct().Order().ToList();
        if (ordered.Count == 0)
            return;
        var today = Today;
        if (ordered[^1] > today)
            throw new PartitionOutOfWindowException(
                $"partition {DailyPartitions.FormatKey(ordered[^1])} is after today ({DailyPartitions.FormatKey(today)} UTC); it does not exist yet");
        var first = await FirstAsync(cancellationToken);
        if (ordered[0] < first)
            throw new PartitionOutOfWindowException(
                $"partition {DailyPartitions.FormatKey(ordered[0])} is before the first partition {DailyPartitions.FormatKey(first)} (the first raw landing date); daily partitions run from {DailyPartitions.FormatKey(first)} to {DailyPartitions.FormatKey(today)}");
    }
}
