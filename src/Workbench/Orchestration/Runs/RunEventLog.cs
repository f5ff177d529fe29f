using System.Text.Json.Nodes;
using Lineage.Workbench.Storage;
using Lineage.Workbench.Storage.Runs;

namespace Lineage.Workbench.Orchestration.Runs;

/// <summary>
/// Appends run events to <c>run_events</c>, the one place every process writes them; the web host relays new rows to
/// live clients. Each event is committed on its own so that it shows up while the run goes on.
/// </summary>
public sealed class RunEventLog(CatalogDbContextFactory contexts, TimeProvider clock)
{
    public async Task AppendAsync(long runId, RunEventKind kind, string message, CancellationToken cancellationToken,
        StoredRunStep? step = null, string level = RunEventLevels.Info, JsonObject? data = null)
    {
        await using var db = await contexts.OpenAsync(cancellationToken);
        db.RunEvents.Add(Create(runId, kind, message, step, level, data));
        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>An event for <paramref name="db"/> to commit along with other changes.</summary>
    public StoredRunEvent Create(long runId, RunEventKind kind, string message, StoredRunStep? step = null,
        string level = RunEventLevels.Info, JsonObject? data = null) => new()
    {
        RunId = runId,
        Kind = kind,
        At = clock.GetUtcNow(),
        Level = level,
        StepId = step?.Id,
        AssetKey = step?.AssetKey,
        Partition = step?.Partition,
        Message = message,
        Data = (data ?? []).ToJsonString(),
    };

    /// <summary>The status change of a step, with its facts as data.</summary>
    public StoredRunEvent StepChanged(StoredRunStep step, string message, string level = RunEventLevels.Info) =>
        Create(step.RunId, RunEventKind.Step, message, step, level, new JsonObject
        {
            ["status"] = step.Status.ToString().ToLowerInvariant(),
            ["attempt"] = step.Attempt,
            ["unit"] = step.Unit,
            ["node"] = step.Node,
            ["rows"] = step.Rows,
            ["snapshotId"] = step.SnapshotId,
            ["error"] = step.Error,
            ["waitingForRunId"] = step.WaitingForRunId,
            ["nextAttemptAt"] = step.NextAttemptAt?.ToString("O"),
        });

    public StoredRunEvent RunChanged(StoredRun run, string message, string level = RunEventLevels.Info) =>
        Create(run.Id, RunEventKind.Run, message, level: level, data: new JsonObject
        {
            ["status"] = run.Status.ToString().ToLowerInvariant(),
            ["error"] = run.Error,
        });
}
