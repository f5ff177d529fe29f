using Lineage.Assets.Partitions;
using Lineage.Workbench.Catalog;
using Lineage.Workbench.Health;
using Lineage.Workbench.Orchestration.Runs;
using Lineage.Workbench.Storage;
using Lineage.Workbench.Storage.Runs;
using Microsoft.EntityFrameworkCore;

namespace Lineage.Workbench.Orchestration.Backfills;

/// <summary>
/// Launches a selection over a date range as one backfill run (the engine runs the dates in parallel), resumes a
/// failed or canceled backfill with exactly the asset partitions that have not succeeded yet, and cancels one.
/// </summary>
public sealed class BackfillService(
    CatalogDbContextFactory contexts, BackfillLock backfills, RunLauncher launcher, RunCanceller canceller, PartitionWindow window, TimeProvider clock)
{
    public async Task<BackfillLaunch> LaunchAsync(string selection, DateOnly from, DateOnly to, bool staleOnly, string? by, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(selection))
            throw new ArgumentException("name the selection to backfill, e.g. +ml_run_summary");
        var range = PartitionDateRange.Between(from, to);
        await window.RequireAsync([range.From, range.To], cancellationToken);
        await using var db = await contexts.OpenAsync(cancellationToken);
        var backfill = new StoredBackfill
        {
            Selection = selection,
            FromDate = range.From,
            ToDate = range.To,
            Status = BackfillStatus.Running,
            LaunchedBy = by,
            CreatedAt = clock.GetUtcNow(),
        };
        db.Backfills.Add(backfill);
        await db.SaveChangesAsync(cancellationToken);

        LaunchResult result;
        try
        {
            result = await launcher.LaunchAsync(
                new LaunchRequest(selection, range.Dates, RunTrigger.Backfill, staleOnly, by, backfill.Id), cancellationToken);
        }
        catch
        {
            // A selection the planner refuses leaves no backfill behind; one whose run exists is settled when that run finishes.
            if (!await db.Runs.AnyAsync(r => r.BackfillId == backfill.Id, CancellationToken.None))
            {
                db.Backfills.Remove(backfill);
                await db.SaveChangesAsync(CancellationToken.None);
            }
            throw;
        }
        var span = $"{selection} from {DailyPartitions.FormatKey(range.From)} to {DailyPartitions.FormatKey(range.To)}";
        if (result.RunId is null)
        {
            await MoveAsync(db, backfill.Id, BackfillStatus.Running, BackfillStatus.Completed, cancellationToken);
            return new BackfillLaunch(backfill.Id, null, 0, $"backfill {backfill.Id} of {span} completed at once: {result.Message}");
        }
        return new BackfillLaunch(backfill.Id, result.RunId, result.Steps, $"backfill {backfill.Id} of {span}: {result.Message} with {result.Steps} steps");
    }

    /// <summary>Runs the asset partitions of a failed or canceled backfill that have not succeeded in any of its runs.</summary>
    public async Task<BackfillLaunch> ResumeAsync(long backfillId, string? by, CancellationToken cancellationToken)
    {
        // Held until the new run is inserted, so that no late observer of an older run settles the backfill in between.
        await using var held = await backfills.HoldAsync(backfillId, cancellationToken);
        await using var db = await contexts.OpenAsync(cancellationToken);
        var backfill = await FindAsync(db, backfillId, cancellationToken);
        var previous = backfill.Status;
        if (previous is not (BackfillStatus.Failed or BackfillStatus.Canceled))
            throw new BackfillStateException(backfillId, $"backfill {backfillId} is {previous.Word()}; only a failed or canceled backfill can be resumed");
        if (await UnfinishedRunsAsync(db, backfillId, cancellationToken) is [var busy, ..])
            throw new BackfillStateException(backfillId, $"run {busy} of backfill {backfillId} has not finished yet; resume the backfill once it has");

        var redo = (await BackfillSteps.ReadAsync(db, backfillId, cancellationToken)).Where(s => s.Status != StepStatus.Succeeded).ToList();
        if (!await MoveAsync(db, backfillId, previous, redo.Count == 0 ? BackfillStatus.Completed : BackfillStatus.Running, cancellationToken))
            throw new BackfillStateException(backfillId, $"backfill {backfillId} changed while it was being resumed; look at it again");
        if (redo.Count == 0)
            return new BackfillLaunch(backfillId, null, 0, $"every asset partition of backfill {backfillId} has succeeded; it is completed");

        LaunchResult result;
        try
        {
            var dates = redo.Select(s => DailyPartitions.TryParseKey(s.Partition, out var date)
                ? date
                : throw new FormatException($"backfill {backfillId} holds partition '{s.Partition}', which is not a date")).Distinct().ToList();
            result = await launcher.LaunchAsync(new LaunchRequest(backfill.Selection, dates, RunTrigger.Backfill, LaunchedBy: by, BackfillId: backfillId,
                Only: redo.Select(s => s.Key).ToHashSet(StringComparer.Ordinal)), cancellationToken);
        }
        catch
        {
            await MoveAsync(db, backfillId, BackfillStatus.Running, previous, CancellationToken.None);
            throw;
        }
        if (result.RunId is null)
        {
            await MoveAsync(db, backfillId, BackfillStatus.Running, previous, cancellationToken);
            return new BackfillLaunch(backfillId, null, 0,
                $"backfill {backfillId} stays {previous.Word()}: its selection {backfill.Selection} no longer plans the {redo.Count} asset partitions left to do");
        }
        return new BackfillLaunch(backfillId, result.RunId, result.Steps,
            $"backfill {backfillId} resumed: {result.Message} with the {result.Steps} steps that have not succeeded yet");
    }

    /// <summary>How long <see cref="CancelAsync"/> waits for the canceled runs' end to settle the backfill.</summary>
    public static readonly TimeSpan CancelWait = TimeSpan.FromSeconds(10);

    /// <summary>
    /// Cancels the runs of a running backfill that have not finished. The backfill turns canceled when they finish
    /// canceling (<see cref="BackfillProgress"/> settles it, as for any run of it), so a resume can never start
    /// before the canceled run's end has been recorded; with no run still going it turns canceled at once. The call
    /// waits up to <see cref="CancelWait"/> for that, so the answer usually says "canceled".
    /// </summary>
    public async Task<BackfillCancellation> CancelAsync(long backfillId, string? by, CancellationToken cancellationToken)
    {
        await using var db = await contexts.OpenAsync(cancellationToken);
        var backfill = await FindAsync(db, backfillId, cancellationToken);
        if (backfill.Status != BackfillStatus.Running)
            throw new BackfillStateException(backfillId, $"backfill {backfillId} is {backfill.Status.Word()}; only a running backfill can be canceled");
        var canceled = new List<long>();
        foreach (var runId in await UnfinishedRunsAsync(db, backfillId, cancellationToken))
        {
            if (await canceller.CancelAsync(runId, by, cancellationToken))
                canceled.Add(runId);
        }
        if (canceled.Count == 0)
            await MoveAsync(db, backfillId, BackfillStatus.Running, BackfillStatus.Canceled, cancellationToken);
        var status = await SettledStatusAsync(db, backfillId, cancellationToken);
        var runs = canceled.Count == 0 ? "no run was still going" : $"canceling run{(canceled.Count == 1 ? "" : "s")} {string.Join(", ", canceled)}";
        return new BackfillCancellation(backfillId, canceled, $"backfill {backfillId} is {status.Word()}; {runs}");
    }

    private async Task<BackfillStatus> SettledStatusAsync(CatalogDbContext db, long backfillId, CancellationToken cancellationToken)
    {
        var deadline = clock.GetUtcNow() + CancelWait;
        while (true)
        {
            var status = await db.Backfills.AsNoTracking().Where(b => b.Id == backfillId).Select(b => b.Status).SingleAsync(cancellationToken);
            if (status != BackfillStatus.Running || clock.GetUtcNow() >= deadline)
                return status;
            await Task.Delay(TimeSpan.FromMilliseconds(50), clock, cancellationToken);
        }
    }

    private Task<bool> MoveAsync(CatalogDbContext db, long backfillId, BackfillStatus from, BackfillStatus to, CancellationToken cancellationToken) =>
        BackfillStatuses.MoveAsync(db, backfillId, from, to, clock.GetUtcNow(), cancellationToken);

    private static async Task<StoredBackfill> FindAsync(CatalogDbContext db, long backfillId, CancellationToken cancellationToken) =>
        await db.Backfills.AsNoTracking().SingleOrDefaultAsync(b => b.Id == backfillId, cancellationToken) ?? throw new BackfillNotFoundException(backfillId);

    private static Task<List<long>> UnfinishedRunsAsync(CatalogDbContext db, long backfillId, CancellationToken cancellationToken) =>
        db.Runs.AsNoTracking()
            .Where(r => r.BackfillId == backfillId && r.Status != RunStatus.Succeeded && r.Status != RunStatus.Failed && r.Status != RunStatus.Canceled)
            .OrderBy(r => r.Id)
            .Select(r => r.Id)
            .ToListAsync(cancellationToken);
}
