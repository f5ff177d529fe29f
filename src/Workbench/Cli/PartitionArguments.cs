using Lineage.Assets.Partitions;

namespace Lineage.Workbench.Cli;

/// <summary><c>--partition D</c> or <c>--from D1 --to D2</c> (inclusive) as a list of daily partitions.</summary>
internal static class PartitionArguments
{
    private const int MaxDays = 3660;

    public static IReadOnlyList<DateOnly> Require(CliArguments arguments)
    {
        var single = arguments.GetDate("partition");
        var from = arguments.GetDate("from");
        var to = arguments.GetDate("to");
        if (single is { } date)
        {
            if (from is not null || to is not null)
                throw new CliUsageException("Give either --partition D or --from D1 --to D2, not both.");
            return [date];
        }
        if (from is null || to is null)
            throw new CliUsageException($"Name the partitions: --partition {DailyPartitions.KeyFormat} or --from D1 --to D2.");
        if (to < from)
            throw new CliUsageException($"--to {DailyPartitions.FormatKey(to.Value)} is before --from {DailyPartitions.FormatKey(from.Value)}.");
        var days = to.Value.DayNumber - from.Value.DayNumber + 1;
        if (days > MaxDays)
            throw new CliUsageException($"{days} partitions is more than one materialization may take ({MaxDays}); split the range.");
        return Enumerable.Range(0, days).Select(from.Value.AddDays).ToList();
    }
}
