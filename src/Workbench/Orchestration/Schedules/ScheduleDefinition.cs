namespace Lineage.Workbench.Orchestration.Schedules;

/// <summary>
/// One schedule: a Quartz cron expression (with seconds, read in UTC) and what to do at each firing.
/// <see cref="Lookback"/> counts the daily partitions handled, ending with the firing's own UTC date.
/// </summary>
public sealed record ScheduleDefinition(
    string Name,
    ScheduleKind Kind,
    string Cron,
    string Selection,
    int Lookback,
    bool StaleOnly,
    bool Enabled)
{
    /// <summary>The partitions a firing at <paramref name="fireTime"/> handles, oldest first, none before <paramref name="firstPartition"/>.</summary>
    public IReadOnlyList<DateOnly> PartitionsAt(DateTimeOffset fireTime, DateOnly firstPartition)
    {
        var fireDate = DateOnly.FromDateTime(fireTime.UtcDateTime);
        return Enumerable.Range(0, Lookback)
            .Select(back => fireDate.AddDays(back - Lookback + 1))
            .Where(date => date >= firstPartition)
            .ToList();
    }
}
