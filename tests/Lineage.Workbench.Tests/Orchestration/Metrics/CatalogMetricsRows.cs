using Lineage.Assets.Checks;
using Lineage.Workbench.Storage;
using Lineage.Workbench.Storage.Checks;
using Lineage.Workbench.Storage.Runs;

namespace Lineage.Workbench.Tests.Orchestration.Metrics;

/// <summary>
/// A catalog with a known mix of runs, steps and check results, written straight into the database, and the numbers
/// the metrics must show for it at <see cref="Now"/>.
/// </summary>
public static class CatalogMetricsRows
{
    public static readonly DateTimeOffset Now = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);

    public static async Task InsertAsync(CatalogDbContextFactory contexts)
    {
        await using var db = await contexts.OpenAsync(CancellationToken.None);
        var running = Run(RunStatus.Running);
        var canceling = Run(RunStatus.Canceling);
        var succeeded = Run(RunStatus.Succeeded);
        var canceled = Run(RunStatus.Canceled);
        var failed = Run(RunStatus.Failed);
        db.Runs.AddRange(running, canceling, succeeded, canceled, failed, Run(RunStatus.Succeeded));
        await db.SaveChangesAsync();

        db.RunSteps.AddRange(
            Step(running, StepStatus.Pending), Step(running, StepStatus.Queued), Step(running, StepStatus.Waiting),
            Step(running, StepStatus.Retrying), Step(running, StepStatus.Running, startedAgo: TimeSpan.FromMinutes(1)),
            Step(canceling, StepStatus.Queued),
            Step(canceled, StepStatus.Pending), Step(canceled, StepStatus.Canceled),
            Step(succeeded, StepStatus.Succeeded, TimeSpan.FromHours(1), TimeSpan.FromSeconds(0.3)),
            Step(succeeded, StepStatus.Succeeded, TimeSpan.FromHours(2), TimeSpan.FromSeconds(42)),
            Step(succeeded, StepStatus.Succeeded, TimeSpan.FromHours(30), TimeSpan.FromSeconds(2)),
            Step(failed, StepStatus.Failed, TimeSpan.FromHours(3), TimeSpan.FromSeconds(600)),
            Step(failed, StepStatus.Failed, TimeSpan.FromHours(40), TimeSpan.FromSeconds(1)),
            Step(failed, StepStatus.Blocked));

        db.CheckResults.AddRange(
            Check("2026-11-18", passed: false, Now.AddHours(-5)), Check("2026-11-18", passed: true, Now.AddHours(-4)),
            Check("2026-11-19", passed: true, Now.AddHours(-5)), Check("2026-11-19", passed: false, Now.AddHours(-4)),
            Check("2026-11-20", passed: false, Now.AddHours(-1)));
        await db.SaveChangesAsync();
    }

    private static StoredRun Run(RunStatus status) =>
        new() { Selection = "*", Partitions = "[\"2026-11-20\"]", Trigger = RunTrigger.Manual, Status = status, CreatedAt = Now.AddDays(-2) };

    private static StoredRunStep Step(StoredRun run, StepStatus status, TimeSpan? startedAgo = null, TimeSpan? took = null) => new()
    {
        RunId = run.Id,
        AssetKey = "quantum_features/molecules",
        Partition = "2026-11-20",
        Unit = "base",
        Status = status,
        StartedAt = Now - startedAgo,
        FinishedAt = took is null ? null : Now - startedAgo + took,
    };

    private static StoredCheckResult Check(string partition, bool passed, DateTimeOffset at) => new()
    {
        AssetKey = "quantum_features/molecules",
        CheckName = "keys_unique",
        Partition = partition,
        Passed = passed,
        Severity = AssetCheckSeverity.Error,
        Blocking = true,
        Summary = passed ? "ok" : "duplicates",
        Metadata = "{}",
        EvaluatedAt = at,
    };
}
