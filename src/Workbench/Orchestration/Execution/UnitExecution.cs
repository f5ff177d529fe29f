using System.Text.Json.Nodes;
using Lineage.Assets.Keys;
using Lineage.Lakehouse.Iceberg.Tables;
using Lineage.Materializers.Materialization;
using Lineage.Workbench.Orchestration.Runs;
using Lineage.Workbench.Storage;
using Lineage.Workbench.Storage.Runs;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.Options;
using MaterializedStatus = Lineage.Materializers.Materialization.StepStatus;
using StepStatus = Lineage.Workbench.Storage.Runs.StepStatus;

namespace Lineage.Workbench.Orchestration.Execution;

/// <summary>
/// Executes one unit of a run, as a job: takes the asset partitions' locks (or waits for them), runs the executor under
/// the unit's timeout and the run's cancel, records what happened to each step with its events, then schedules the
/// next attempt or moves the run forward.
/// </summary>
public sealed class UnitExecution(
    CatalogDbContextFactory contexts,
    IStepExecutor executor,
    StepLocks locks,
    ExecutionPolicies policies,
    IStepQueue queue,
    RunDispatcher dispatcher,
    RunEventLog events,
    RunObservers observers,
    RunCancellationSignals signals,
    IOptions<StepExecutionOptions> options,
    TimeProvider clock,
    ILogger<UnitExecution> logger)
{
    public async Task RunAsync(long runId, string unit, string node, CancellationToken shutdown)
    {
        await using var db = await contexts.OpenAsync(shutdown);
        var run = await db.Runs.SingleOrDefaultAsync(r => r.Id == runId, shutdown);
        var steps = await db.RunSteps.Where(s => s.RunId == runId && s.Unit == unit).OrderBy(s => s.Id).ToListAsync(shutdown);
        if (run is null || steps.Count == 0 || steps.All(s => s.Status.IsFinal()))
            return;
        if (run.Status is RunStatus.Canceling or RunStatus.Canceled)
        {
            await SettleAsync(db, steps, StepStatus.Canceled, "canceled before it started", shutdown);
            await dispatcher.DispatchAsync(runId, shutdown);
            return;
        }
        if (await locks.TryAcquireAsync(steps, shutdown) is { } holder)
        {
            await WaitAsync(db, steps, holder, shutdown);
            return;
        }

        try
        {
            if (!await StartAsync(db, run, steps, node, shutdown))
            {
                await dispatcher.DispatchAsync(runId, steps[0].Partition, shutdown);
                return;
            }
            var policy = policies.For(steps.Select(s => new AssetKey(s.AssetKey)));
            var outcome = await ExecuteAsync(run, steps, policy, shutdown);
            if (outcome is null)
            {
                await RequeueAsync(db, steps);
                return;
            }
            await RecordAsync(db, run, steps, outcome, policy, shutdown);
        }
        finally
        {
            await locks.ReleaseAsync(steps, CancellationToken.None);
        }
        if (steps.Any(s => s.Status == StepStatus.Retrying))
            await queue.EnqueueAsync(runId, unit, steps[0].NextAttemptAt, shutdown);
        else
            await dispatcher.DispatchAsync(runId, steps[0].Partition, shutdown);
    }

    private async Task WaitAsync(CatalogDbContext db, IReadOnlyList<StoredRunStep> steps, long holder, CancellationToken cancellationToken)
    {
        var first = steps[0];
        var changed = first.Status != StepStatus.Waiting || first.WaitingForRunId != holder;
        foreach (var step in steps)
        {
            step.Status = StepStatus.Waiting;
            step.WaitingForRunId = holder;
            if (changed)
                db.RunEvents.Add(events.StepChanged(step, $"{step.AssetKey} {step.Partition} waits: run {holder} is working on it"));
        }
        await db.SaveChangesAsync(cancellationToken);
        await queue.EnqueueAsync(first.RunId, first.Unit, clock.GetUtcNow() + options.Value.LockRetryInterval, cancellationToken);
    }

    /// <summary>
    /// Claims the run and the unit's steps with conditional updates: a cancel that withdrew them after they were read
    /// wins, and nothing here writes over it. False when there is nothing left to run.
    /// </summary>
    private async Task<bool> StartAsync(CatalogDbContext db, StoredRun run, IReadOnlyList<StoredRunStep> steps, string node, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        var started = await db.Runs.Where(r => r.Id == run.Id && r.Status == RunStatus.Queued)
            .ExecuteUpdateAsync(u => u.SetProperty(r => r.Status, RunStatus.Running).SetProperty(r => r.StartedAt, now), cancellationToken);
        if (started == 0 && !await db.Runs.AnyAsync(r => r.Id == run.Id && r.Status == RunStatus.Running, cancellationToken))
            return false;
        var unit = steps[0].Unit;
        var claimed = await db.RunSteps
            .Where(s => s.RunId == run.Id && s.Unit == unit
                && (s.Status == StepStatus.Queued || s.Status == StepStatus.Waiting || s.Status == StepStatus.Retrying || s.Status == StepStatus.Running))
            .ExecuteUpdateAsync(u => u
                .SetProperty(s => s.Status, StepStatus.Running)
                .SetProperty(s => s.Attempt, s => s.Attempt + 1)
                .SetProperty(s => s.StartedAt, now)
                .SetProperty(s => s.FinishedAt, (DateTimeOffset?)null)
                .SetProperty(s => s.NextAttemptAt, (DateTimeOffset?)null)
                .SetProperty(s => s.WaitingForRunId, (long?)null)
                .SetProperty(s => s.Node, node)
                .SetProperty(s => s.Error, (string?)null), cancellationToken);
        foreach (var step in steps)
            await db.Entry(step).ReloadAsync(cancellationToken);
        await db.Entry(run).ReloadAsync(cancellationToken);
        if (claimed == 0)
            return false;
        if (started > 0)
            db.RunEvents.Add(events.RunChanged(run, $"run started on {node}"));
        foreach (var step in steps)
            db.RunEvents.Add(events.StepChanged(step, $"{step.AssetKey} {step.Partition} running on {node} (attempt {step.Attempt})"));
        await db.SaveChangesAsync(cancellationToken);
        return true;
    }

    /// <summary>The executor's results, a failure for the whole unit, or null when this process is shutting down.</summary>
    private async Task<UnitOutcome?> ExecuteAsync(StoredRun run, IReadOnlyList<StoredRunStep> steps, ExecutionPolicy policy, CancellationToken shutdown)
    {
        using var timeout = new CancellationTokenSource(policy.Timeout, clock);
        using var cancel = new CancellationTokenSource();
        using var registration = signals.Register(run.Id, cancel);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(timeout.Token, cancel.Token, shutdown);
        using var watching = CancellationTokenSource.CreateLinkedTokenSource(linked.Token);
        var watch = WatchCancelAsync(run.Id, cancel, watching.Token);
        try
        {
            return await ExecuteWatchedAsync(run, steps, policy, linked.Token, timeout, cancel, shutdown);
        }
        finally
        {
            await watching.CancelAsync();
            await watch;
        }
    }

    private async Task<UnitOutcome?> ExecuteWatchedAsync(StoredRun run, IReadOnlyList<StoredRunStep> steps, ExecutionPolicy policy,
        CancellationToken token, CancellationTokenSource timeout, CancellationTokenSource cancel, CancellationToken shutdown)
    {
        var work = new StepWork(run.Id, steps[0].Unit, ExecutionUnits.DateOf(steps[0].Unit), steps.Select(s => new AssetKey(s.AssetKey)).ToList(), steps[0].Attempt);
        try
        {
            return new UnitOutcome(await executor.ExecuteAsync(work, message => LogAsync(run.Id, steps[0], message), token), null, false);
        }
        catch (OperationCanceledException) when (cancel.IsCancellationRequested)
        {
            return new UnitOutcome([], "canceled", true);
        }
        catch (OperationCanceledException) when (timeout.IsCancellationRequested)
        {
            return new UnitOutcome([], $"timed out after {policy.Timeout}", false);
        }
        catch (OperationCanceledException) when (shutdown.IsCancellationRequested)
        {
            return null;
        }
        catch (Exception e)
        {
            return new UnitOutcome([], $"{e.GetType().Name}: {e.Message}", false) { Permanent = DamagedTableException.IsPermanent(e) };
        }
    }

    private async Task LogAsync(long runId, StoredRunStep step, string message) =>
        await events.AppendAsync(runId, RunEventKind.Log, message, CancellationToken.None, step);

    private Task WatchCancelAsync(long runId, CancellationTokenSource cancel, CancellationToken stop) => Task.Run(async () =>
    {
        try
        {
            while (!stop.IsCancellationRequested)
            {
                await Task.Delay(options.Value.CancelPollInterval, clock, stop);
                await using var db = await contexts.OpenAsync(stop);
                var status = await db.Runs.Where(r => r.Id == runId).Select(r => r.Status).SingleAsync(stop);
                if (status is RunStatus.Canceling or RunStatus.Canceled)
                {
                    await cancel.CancelAsync();
                    return;
                }
            }
        }
        catch (OperationCanceledException)
        {
        }
    }, CancellationToken.None);

    private async Task RecordAsync(
        CatalogDbContext db, StoredRun run, IReadOnlyList<StoredRunStep> steps, UnitOutcome outcome, ExecutionPolicy policy, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        foreach (var result in outcome.Results)
            AddResultEvents(db, run.Id, steps.FirstOrDefault(s => s.AssetKey == result.Asset.Value) ?? steps[0], result);
        foreach (var step in steps)
        {
            var result = outcome.Results.FirstOrDefault(r => r.Asset.Value == step.AssetKey);
            step.FinishedAt = now;
            (step.Status, step.Error) = (outcome, result) switch
            {
                ({ Canceled: true }, _) => (StepStatus.Canceled, outcome.Failure),
                ({ Failure: { } failure }, _) => (StepStatus.Failed, failure + (outcome.Permanent ? NotRetried : "")),
                (_, null) => (StepStatus.Failed, $"the executor reported nothing for {step.AssetKey}"),
                (_, { Status: MaterializedStatus.Failed }) => (StepStatus.Failed, result.Error + (result.Permanent ? NotRetried : "")),
                (_, { Status: MaterializedStatus.Blocked }) => (StepStatus.Blocked, result.Error),
                _ => (StepStatus.Succeeded, null),
            };
            step.Rows = result?.Rows;
            step.SnapshotId = result?.SnapshotId;
        }
        // A format error fails the unit at once: every attempt would read the same bytes.
        var permanent = outcome.Permanent || outcome.Results.Any(r => r.Permanent);
        var retry = steps.Any(s => s.Status == StepStatus.Failed) && steps[0].Attempt <= policy.Retries && !permanent;
        if (retry)
        {
            var next = now + policy.DelayAfter(steps[0].Attempt);
            foreach (var step in steps.Where(s => s.Status is StepStatus.Failed or StepStatus.Succeeded))
            {
                step.Status = StepStatus.Retrying;
                step.NextAttemptAt = next;
            }
        }
        foreach (var step in steps)
            db.RunEvents.Add(events.StepChanged(step, Describe(step), step.Status switch
            {
                StepStatus.Succeeded => RunEventLevels.Info,
                StepStatus.Retrying or StepStatus.Blocked or StepStatus.Canceled => RunEventLevels.Warning,
                _ => RunEventLevels.Error,
            }));
        await db.SaveChangesAsync(cancellationToken);
        if (!retry)
            foreach (var failed in steps.Where(s => s.Status == StepStatus.Failed))
                await observers.StepFailedAsync(run, failed, cancellationToken);
    }

    private void AddResultEvents(CatalogDbContext db, long runId, StoredRunStep step, StepResult result)
    {
        if (result.Status == MaterializedStatus.Materialized)
            db.RunEvents.Add(events.Create(runId, RunEventKind.Materialization,
                $"materialized {result.Asset} {result.Partition}: {result.Rows} rows, snapshot {result.SnapshotId} ({result.Tag})", step, data: new JsonObject
                {
                    ["asset"] = result.Asset.Value, ["rows"] = result.Rows, ["snapshotId"] = result.SnapshotId, ["tag"] = result.Tag,
                    ["seconds"] = Math.Round(result.Duration.TotalSeconds, 3),
                }));
        else if (result.Status == MaterializedStatus.Empty)
            db.RunEvents.Add(events.Create(runId, RunEventKind.Log, $"empty {result.Asset} {result.Partition}: no raw files, nothing committed", step));
        else if (result.Status == MaterializedStatus.Observed)
            db.RunEvents.Add(events.Create(runId, RunEventKind.Log, $"observed {result.Asset} {result.Partition}: {result.Rows} files", step));
        foreach (var check in result.Checks)
            db.RunEvents.Add(events.Create(runId, RunEventKind.Check,
                $"check {check.CheckName} of {check.Asset} {(check.Passed ? "passed" : "failed")}: {check.Summary}", step,
                check.Passed ? RunEventLevels.Info : check.Blocking ? RunEventLevels.Error : RunEventLevels.Warning, new JsonObject
                {
                    ["asset"] = check.Asset.Value, ["check"] = check.CheckName, ["passed"] = check.Passed,
                    ["severity"] = check.Severity.ToString().ToLowerInvariant(), ["blocking"] = check.Blocking,
                    ["metadata"] = check.Metadata.DeepClone(),
                }));
        foreach (var rejected in result.RejectedFiles)
            db.RunEvents.Add(events.Create(runId, RunEventKind.Log, $"rejected {rejected}", step, RunEventLevels.Warning));
    }

    private static string Describe(StoredRunStep step) => step.Status switch
    {
        StepStatus.Succeeded => $"{step.AssetKey} {step.Partition} succeeded ({step.Rows} {(step.SnapshotId is null ? "files" : "rows")})",
        StepStatus.Retrying => $"{step.AssetKey} {step.Partition} attempt {step.Attempt} failed{(step.Error is null ? "" : $": {step.Error}")}; next attempt at {step.NextAttemptAt:u}",
        _ => $"{step.AssetKey} {step.Partition} {step.Status.Word()}{(step.Error is null ? "" : $": {step.Error}")}",
    };

    private async Task SettleAsync(CatalogDbContext db, IReadOnlyList<StoredRunStep> steps, StepStatus status, string reason, CancellationToken cancellationToken)
    {
        foreach (var step in steps.Where(s => !s.Status.IsFinal()))
        {
            step.Status = status;
            step.Error = reason;
            step.FinishedAt = clock.GetUtcNow();
            db.RunEvents.Add(events.StepChanged(step, $"{step.AssetKey} {step.Partition} {status.Word()}: {reason}", RunEventLevels.Warning));
        }
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>
    /// This process is stopping mid-step: the unit goes back to the queue for whichever process comes next. A shared
    /// store still takes the job; if the scheduler refuses it now, the next node to start queues it (RunRecovery).
    /// </summary>
    private async Task RequeueAsync(CatalogDbContext db, IReadOnlyList<StoredRunStep> steps)
    {
        foreach (var step in steps)
        {
            step.Status = StepStatus.Queued;
            step.Attempt--;
            db.RunEvents.Add(events.StepChanged(step, $"{step.AssetKey} {step.Partition} interrupted: the worker is shutting down; queued again", RunEventLevels.Warning));
        }
        await db.SaveChangesAsync(CancellationToken.None);
        try
        {
            await queue.EnqueueAsync(steps[0].RunId, steps[0].Unit, null, CancellationToken.None);
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Could not queue {Unit} of run {RunId} again while shutting down; the next node to start will", steps[0].Unit, steps[0].RunId);
        }
    }

    private sealed record UnitOutcome(IReadOnlyList<StepResult> Results, string? Failure, bool Canceled)
    {
        /// <summary>The executor failed on a damaged table or a malformed file: no attempt would fare better.</summary>
        public bool Permanent { get; init; }
    }

    private const string NotRetried = "; a damaged or malformed file is not retried: repair or restore the table, then re-execute the run";
}
