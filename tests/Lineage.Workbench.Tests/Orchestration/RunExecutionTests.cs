using Lineage.Workbench.Orchestration.Runs;
using Lineage.Workbench.Storage.Runs;
using Lineage.Workbench.Tests.Storage;
using Microsoft.EntityFrameworkCore;

namespace Lineage.Workbench.Tests.Orchestration;

public sealed class RunExecutionTests
{
    private const string Day = "2026-11-19";

    private static Dictionary<string, string?> FastRetries(int retries, string timeout = "00:01:00") => new()
    {
        ["Lineage:Jobs:Policies:*:Retries"] = retries.ToString(),
        ["Lineage:Jobs:Policies:*:RetryDelay"] = "00:00:00.050",
        ["Lineage:Jobs:Policies:*:MaxRetryDelay"] = "00:00:00.200",
        ["Lineage:Jobs:Policies:*:Timeout"] = timeout,
    };

    [Theory]
    [MemberData(nameof(TestCatalogDatabase.Engines), MemberType = typeof(TestCatalogDatabase))]
    public async Task A_launched_run_materializes_the_partition_records_materializations_and_checks_under_its_id_and_succeeds(string engine)
    {
        await using var host = await EngineHost.StartAsync(engine);
        var launch = await host.LaunchAsync("*", Day);

        var run = await host.WaitForRunAsync(launch.RunId!.Value);

        Assert.Equal("succeeded", run.Run.Status);
        Assert.Equal(12, run.Steps.Count);
        Assert.All(run.Steps, s => Assert.Equal("succeeded", s.Status));
        Assert.All(run.Steps, s => Assert.Equal(1, s.Attempt));
        var molecules = run.Steps.Single(s => s.Asset == "quantum_features/molecules");
        Assert.True(molecules.Rows > 0);
        Assert.NotNull(molecules.SnapshotId);
        await using var db = await host.OpenDatabaseAsync();
        var materialized = await db.Materializations.Where(m => m.RunId == launch.RunId).Select(m => m.AssetKey).ToListAsync();
        Assert.Equal(11, materialized.Count);
        Assert.Contains(await db.CheckResults.Where(c => c.RunId == launch.RunId).ToListAsync(), c => c.AssetKey == "quantum_ml/ml_run_summary" || c.AssetKey.EndsWith("ml_run_summary"));
        var events = await host.EventsAsync(launch.RunId.Value);
        Assert.Equal(RunEventKind.Run, events[0].Kind);
        Assert.Contains("run succeeded", events[^1].Message);
        Assert.Equal(11, events.Count(e => e.Kind == RunEventKind.Materialization));
        Assert.Contains(events, e => e.Kind == RunEventKind.Check);
        // The ML steps ran after the base tables they read.
        var baseDone = run.Steps.Where(s => s.Unit.EndsWith("/base")).Max(s => s.FinishedAt);
        Assert.All(run.Steps.Where(s => !s.Unit.EndsWith("/base")), s => Assert.True(s.StartedAt >= baseDone));
    }

    [Theory]
    [MemberData(nameof(TestCatalogDatabase.Engines), MemberType = typeof(TestCatalogDatabase))]
    public async Task A_failing_step_is_retried_with_backoff_until_it_succeeds(string engine)
    {
        var executor = new ScriptedStepExecutor((work, _) =>
            Task.FromResult(work.Attempt < 3 ? ScriptedStepExecutor.Failed(work, $"flaky store, attempt {work.Attempt}") : ScriptedStepExecutor.Succeeded(work)));
        await using var host = await EngineHost.StartAsync(engine, executor, FastRetries(3));
        var launch = await host.LaunchAsync("ml_run_summary", Day);

        var run = await host.WaitForRunAsync(launch.RunId!.Value);

        Assert.Equal("succeeded", run.Run.Status);
        Assert.Equal(3, Assert.Single(run.Steps).Attempt);
        Assert.Equal([1, 2, 3], executor.Calls.Select(c => c.Attempt));
        var events = await host.EventsAsync(launch.RunId.Value);
        Assert.Contains(events, e => e.Message.Contains("attempt 1 failed: flaky store, attempt 1") && e.Level == RunEventLevels.Warning);
        Assert.Contains(events, e => e.Message.Contains("attempt 2 failed"));
    }

    [Theory]
    [MemberData(nameof(TestCatalogDatabase.Engines), MemberType = typeof(TestCatalogDatabase))]
    public async Task A_step_failing_on_a_damaged_table_fails_at_once_without_retries_and_says_why(string engine)
    {
        var damage = new Lineage.Lakehouse.Iceberg.Tables.DamagedTableException("file:/w/quantum_features/molecules", "file:/w/quantum_features/molecules/metadata/v3.metadata.json", "the table metadata is not valid JSON");
        var executor = new ScriptedStepExecutor((work, _) => work.Unit.EndsWith("/base")
            ? Task.FromResult<IReadOnlyList<Lineage.Materializers.Materialization.StepResult>>(
                ScriptedStepExecutor.Failed(work, damage.Message).Select(r => r with { Permanent = true }).ToList())
            : throw damage);
        await using var host = await EngineHost.StartAsync(engine, executor, FastRetries(3));
        var reported = await host.LaunchAsync("molecules", Day);
        var thrown = await host.LaunchAsync("ml_run_summary", Day);

        foreach (var launch in new[] { reported, thrown })
        {
            var run = await host.WaitForRunAsync(launch.RunId!.Value);
            Assert.Equal("failed", run.Run.Status);
            var step = Assert.Single(run.Steps);
            Assert.Equal(("failed", 1), (step.Status, step.Attempt));
            Assert.Contains("v3.metadata.json", step.Error);
            Assert.Contains("is not retried: repair or restore the table", step.Error);
        }
        Assert.Equal(2, executor.Calls.Count);
    }

    [Theory]
    [MemberData(nameof(TestCatalogDatabase.Engines), MemberType = typeof(TestCatalogDatabase))]
    public async Task A_step_out_of_retries_fails_blocks_its_downstream_steps_and_fails_the_run(string engine)
    {
        var executor = new ScriptedStepExecutor((work, _) => Task.FromResult(
            work.Unit.EndsWith("/base") ? ScriptedStepExecutor.Failed(work, "disk full") : ScriptedStepExecutor.Succeeded(work)));
        await using var host = await EngineHost.StartAsync(engine, executor, FastRetries(1));
        var launch = await host.LaunchAsync("+ml_run_summary", Day);

        var run = await host.WaitForRunAsync(launch.RunId!.Value);

        Assert.Equal("failed", run.Run.Status);
        Assert.Contains("disk full", run.Run.Error);
        Assert.All(run.Steps.Where(s => s.Unit.EndsWith("/base")), s => Assert.Equal(("failed", 2), (s.Status, s.Attempt)));
        var summary = run.Steps.Single(s => s.Asset.EndsWith("ml_run_summary"));
        Assert.Equal("blocked", summary.Status);
        Assert.Equal(0, summary.Attempt);
        Assert.All(executor.Calls, c => Assert.EndsWith("/base", c.Unit));
    }

    [Theory]
    [MemberData(nameof(TestCatalogDatabase.Engines), MemberType = typeof(TestCatalogDatabase))]
    public async Task A_step_over_its_timeout_is_stopped_and_fails(string engine)
    {
        var executor = new ScriptedStepExecutor(async (work, cancellationToken) =>
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return ScriptedStepExecutor.Succeeded(work);
        });
        await using var host = await EngineHost.StartAsync(engine, executor, FastRetries(0, timeout: "00:00:00.300"));
        var launch = await host.LaunchAsync("ml_iteration_features", Day);

        var run = await host.WaitForRunAsync(launch.RunId!.Value);

        Assert.Equal("failed", run.Run.Status);
        var step = Assert.Single(run.Steps);
        Assert.Equal("failed", step.Status);
        Assert.Equal("timed out after 00:00:00.3000000", step.Error);
    }

    [Theory]
    [MemberData(nameof(TestCatalogDatabase.Engines), MemberType = typeof(TestCatalogDatabase))]
    public async Task Canceling_a_run_stops_its_running_step_and_withdraws_the_steps_not_started(string engine)
    {
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var executor = new ScriptedStepExecutor(async (work, cancellationToken) =>
        {
            started.TrySetResult();
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return ScriptedStepExecutor.Succeeded(work);
        });
        await using var host = await EngineHost.StartAsync(engine, executor);
        var launch = await host.LaunchAsync("+ml_run_summary", Day);
        await started.Task.WaitAsync(TimeSpan.FromSeconds(60));

        Assert.True(await host.Service<RunCanceller>().CancelAsync(launch.RunId!.Value, "tester", CancellationToken.None));
        var run = await host.WaitForRunAsync(launch.RunId.Value);

        Assert.Equal("canceled", run.Run.Status);
        Assert.All(run.Steps, s => Assert.Equal("canceled", s.Status));
        Assert.Single(executor.Calls);
        Assert.False(await host.Service<RunCanceller>().CancelAsync(launch.RunId.Value, "tester", CancellationToken.None));
        await using var db = await host.OpenDatabaseAsync();
        Assert.Empty(await db.StepLocks.ToListAsync());
    }

    [Theory]
    [MemberData(nameof(TestCatalogDatabase.Engines), MemberType = typeof(TestCatalogDatabase))]
    public async Task A_second_run_on_the_same_asset_partition_waits_for_the_first_and_they_never_overlap(string engine)
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var firstStarted = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var running = 0;
        var maxRunning = 0;
        var executor = new ScriptedStepExecutor(async (work, _) =>
        {
            var now = Interlocked.Increment(ref running);
            InterlockedMax(ref maxRunning, now);
            firstStarted.TrySetResult();
            await gate.Task;
            Interlocked.Decrement(ref running);
            return ScriptedStepExecutor.Succeeded(work);
        });
        await using var host = await EngineHost.StartAsync(engine, executor);
        var first = await host.LaunchAsync("ml_run_summary", Day);
        await firstStarted.Task.WaitAsync(TimeSpan.FromSeconds(60));
        var second = await host.LaunchAsync("ml_run_summary", Day);

        var waiting = await host.WaitForRunAsync(second.RunId!.Value, d => d.Steps[0].Status == "waiting");
        Assert.Equal(first.RunId, waiting.Steps[0].WaitingForRunId);
        gate.SetResult();

        Assert.Equal("succeeded", (await host.WaitForRunAsync(first.RunId!.Value)).Run.Status);
        Assert.Equal("succeeded", (await host.WaitForRunAsync(second.RunId.Value)).Run.Status);
        Assert.Equal(1, maxRunning);
        Assert.Equal(2, executor.Calls.Count);
        Assert.Contains(await host.EventsAsync(second.RunId.Value), e => e.Message.Contains($"waits: run {first.RunId} is working on it"));
    }

    [Theory]
    [MemberData(nameof(TestCatalogDatabase.Engines), MemberType = typeof(TestCatalogDatabase))]
    public async Task Reexecuting_a_failed_run_runs_only_the_steps_that_did_not_succeed(string engine)
    {
        var failSummary = true;
        var executor = new ScriptedStepExecutor((work, _) => Task.FromResult(
            failSummary && work.Unit.EndsWith("ml_run_summary") ? ScriptedStepExecutor.Failed(work, "bad join") : ScriptedStepExecutor.Succeeded(work)));
        await using var host = await EngineHost.StartAsync(engine, executor, FastRetries(0));
        var launch = await host.LaunchAsync("+ml_run_summary", Day);
        Assert.Equal("failed", (await host.WaitForRunAsync(launch.RunId!.Value)).Run.Status);
        failSummary = false;

        var retry = await host.Service<RunReexecution>().ReexecuteFailedAsync(launch.RunId.Value, "tester", CancellationToken.None);
        var run = await host.WaitForRunAsync(retry.RunId!.Value);

        Assert.Equal("succeeded", run.Run.Status);
        Assert.Equal(("retry", launch.RunId), (run.Run.Trigger, run.Run.ParentRunId));
        Assert.EndsWith("ml_run_summary", Assert.Single(run.Steps).Asset);
    }

    private static void InterlockedMax(ref int target, int value)
    {
        int current;
        while ((current = Volatile.Read(ref target)) < value && Interlocked.CompareExchange(ref target, value, current) != current)
        {
        }
    }
}
