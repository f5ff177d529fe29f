using System.Text.Json;
using Lineage.Assets.Partitions;
using Lineage.Workbench.Storage;
using Lineage.Workbench.Storage.Runs;
using Microsoft.EntityFrameworkCore;

namespace Lineage.Workbench.Orchestration.Runs;

/// <summary>Launches a run of the steps of a finished run that did not succeed (failed, blocked or canceled).</summary>
public sealed class RunReexecution(CatalogDbContextFactory contexts, RunLauncher launcher)
{
    public async Task<LaunchResult> ReexecuteFailedAsync(long runId, string? by, CancellationToken cancellationToken)
    {
        await using var db = await contexts.OpenAsync(cancellationToken);
        var run = await db.Runs.AsNoTracking().SingleOrDefaultAsync(r => r.Id == runId, cancellationToken) ?? throw new RunNotFoundException(runId);
        if (!run.Status.IsFinal())
            throw new ArgumentException($"run {runId} is {run.Status.Word()}; re-execute it once it has finished");
        var redo = await db.RunSteps.AsNoTracking()
            .Where(s => s.RunId == runId && s.Status != StepStatus.Succeeded)
            .Select(s => new { s.AssetKey, s.Partition })
            .ToListAsync(cancellationToken);
        if (redo.Count == 0)
            return new LaunchResult(null, 0, $"every step of run {runId} succeeded; nothing to re-execute");
        var partitions = (JsonSerializer.Deserialize<List<string>>(run.Partitions) ?? [])
            .Select(p => DailyPartitions.TryParseKey(p, out var date) ? date : throw new FormatException($"run {runId} names partition '{p}'"))
            .ToList();
        return await launcher.LaunchAsync(new LaunchRequest(run.Selection, partitions, RunTrigger.Retry, LaunchedBy: by, ParentRunId: runId,
            Only: redo.Select(s => LaunchRequest.StepKey(s.AssetKey, s.Partition)).ToHashSet(StringComparer.Ordinal)), cancellationToken);
    }
}
