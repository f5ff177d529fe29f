using System.Globalization;
using Lineage.Workbench.Catalog;
using Lineage.Workbench.Orchestration.Runs;
using Lineage.Workbench.Storage.Runs;
using Quartz;

namespace Lineage.Workbench.Orchestration.Schedules;

/// <summary>
/// One firing of a schedule: the schedule travels in the job's data (as strings), so whichever node of the cluster fires it
/// does what the registering process configured. Partitions count back from the scheduled fire time, not the moment it ran.
/// A failed firing is logged and left alone: the next one tries again.
/// </summary>
[DisallowConcurrentExecution]
public sealed class ScheduleJob(AssetCatalog catalog, RunLauncher launcher, SourceObserver observer, ILogger<ScheduleJob> logger) : IJob
{
    public const string NameKey = "name";
    public const string KindKey = "kind";
    public const string CronKey = "cron";
    public const string SelectionKey = "selection";
    public const string LookbackKey = "lookback";
    public const string StaleOnlyKey = "staleOnly";

    public static JobDataMap DataOf(ScheduleDefinition schedule) => new()
    {
        [NameKey] = schedule.Name,
        [KindKey] = schedule.Kind.ToString(),
        [CronKey] = schedule.Cron,
        [SelectionKey] = schedule.Selection,
        [LookbackKey] = schedule.Lookback.ToString(CultureInfo.InvariantCulture),
        [StaleOnlyKey] = schedule.StaleOnly ? "true" : "false",
    };

    public static ScheduleDefinition DefinitionOf(JobDataMap data) => new(
        data.GetString(NameKey)!,
        Enum.Parse<ScheduleKind>(data.GetString(KindKey)!),
        data.GetString(CronKey)!,
        data.GetString(SelectionKey)!,
        int.Parse(data.GetString(LookbackKey)!, CultureInfo.InvariantCulture),
        bool.Parse(data.GetString(StaleOnlyKey)!),
        Enabled: true);

    public async ValueTask Execute(IJobExecutionContext context, CancellationToken cancellationToken)
    {
        var schedule = DefinitionOf(context.MergedJobDataMap);
        var partitions = schedule.PartitionsAt(context.ScheduledFireTimeUtc ?? context.FireTimeUtc, catalog.PartitionsStart);
        if (partitions.Count == 0)
        {
            logger.LogInformation("Schedule {Schedule} fired before the first partition; nothing to do", schedule.Name);
            return;
        }
        try
        {
            if (schedule.Kind == ScheduleKind.Observe)
                await ObserveAsync(schedule, partitions, cancellationToken);
            else
                await LaunchAsync(schedule, partitions, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            logger.LogError(e, "Schedule {Schedule} failed at its firing of {FireTime:o}", schedule.Name, context.ScheduledFireTimeUtc);
        }
    }

    private async Task ObserveAsync(ScheduleDefinition schedule, IReadOnlyList<DateOnly> partitions, CancellationToken cancellationToken)
    {
        var sources = ScheduleSelections.Resolve(schedule, catalog.Graph);
        var observed = await observer.ObserveAsync(sources, partitions, cancellationToken);
        logger.LogInformation("Schedule {Schedule} observed {Count} source partitions", schedule.Name, observed);
    }

    private async Task LaunchAsync(ScheduleDefinition schedule, IReadOnlyList<DateOnly> partitions, CancellationToken cancellationToken)
    {
        var result = await launcher.LaunchAsync(
            new LaunchRequest(schedule.Selection, partitions, RunTrigger.Schedule, schedule.StaleOnly, LaunchedBy: $"schedule {schedule.Name}"),
            cancellationToken);
        logger.LogInformation("Schedule {Schedule}: {Message}", schedule.Name, result.Message);
    }
}
