using Lineage.Assets.Selection;
using Lineage.Workbench.Orchestration.Backfills;
using Lineage.Workbench.Storage.Runs;
using Lineage.Workbench.Tests.Storage;
using Microsoft.EntityFrameworkCore;

namespace Lineage.Workbench.Tests.Orchestration.Backfills;

public sealed class BackfillExecutionTests
{
    private const string FailingDate = "2026-11-20";

    [Theory]
    [MemberData(nameof(TestCatalogDatabase.Engines), MemberType = typeof(TestCatalogDatabase))]
    public async Task A_five_day_backfill_runs_as_one_backfill_run_and_completes_with_every_partition_succeeded(string engine)
    {
        var executor = new ScriptedStepExecutor((work, _) => Task.FromResult(ScriptedStepExecutor.Succeeded(work)));
        await using var host = await EngineHost.StartAsync(engine, executor);

        var launch = await host.LaunchBackfillAsync();
        var backfill = await host.WaitForBackfillAsync(launch.BackfillId);

        Assert.Equal("completed", backfill.Status);
        Assert.NotNull(backfill.FinishedAt);
        Assert.Equal(("tester", BackfillHost.Selection), (backfill.LaunchedBy, backfill.Selection));
        Assert.Equal((DateOnly.Parse(BackfillHost.From), DateOnly.Parse(BackfillHost.To)), (backfill.From, backfill.To));
        Assert.Equal([launch.RunId!.Value], backfill.RunIds);
        Assert.Equal(BackfillHost.Dates, backfill.Partitions.Select(p => p.Partition));
        Assert.All(backfill.Partitions, p => Assert.Equal("succeeded", p.Status));
        Assert.Equal(new Dictionary<string, int> { ["succeeded"] = launch.Steps }, backfill.Counts);
        Assert.Equal(0, launch.Steps % BackfillHost.Dates.Length);
        var run = await host.WaitForRunAsync(launch.RunId.Value);
        Assert.Equal(("backfill", launch.BackfillId), (run.Run.Trigger, run.Run.BackfillId));
        Assert.Equal(BackfillHost.Dates, run.Run.Partitions);
        Assert.Equal(BackfillHost.Dates, executor.Calls.Select(c => c.Date.ToString("yyyy-MM-dd")).Distinct().Order());
    }

    [Theory]
    [MemberData(nameof(TestCatalogDatabase.Engines), MemberType = typeof(TestCatalogDatabase))]
    public async Task A_failing_date_fails_the_backfill_and_resuming_runs_only_that_dates_unfinished_steps_and_completes_it(string engine)
    {
        var broken = true;
        var executor = new ScriptedStepExecutor((work, _) => Task.FromResult(
            Volatile.Read(ref broken) && work.Date == DateOnly.Parse(FailingDate) && work.Unit.EndsWith("/base")
                ? ScriptedStepExecutor.Failed(work, "raw file truncated")
                : ScriptedStepExecutor.Succeeded(work)));
        await using var host = await EngineHost.StartAsync(engine, executor, BackfillHost.NoRetries);

        var launch = await host.LaunchBackfillAsync();
        var failed = await host.WaitForBackfillAsync(launch.BackfillId);

        Assert.Equal("failed", failed.Status);
        Assert.Equal("failed", failed.Partitions.Single(p => p.Partition == FailingDate).Status);
        Assert.All(failed.Partitions.Where(p => p.Partition != FailingDate), p => Assert.Equal("succeeded", p.Status));
        var failingSteps = failed.Partitions.Single(p => p.Partition == FailingDate).Steps;
        Assert.True(failingSteps.ContainsKey("failed") && failingSteps.ContainsKey("blocked"), string.Join(", ", failingSteps));
        Assert.Equal(launch.Steps, failed.Counts.Values.Sum());
        Assert.Equal(launch.Steps / BackfillHost.Dates.Length * 4, failed.Counts["succeeded"]);

        Volatile.Write(ref broken, false);
        var callsBefore = executor.Calls.Count;
        var resume = await host.Service<BackfillService>().ResumeAsync(launch.BackfillId, "tester", CancellationToken.None);
        var completed = await host.WaitForBackfillAsync(launch.BackfillId);

        Assert.Equal("completed", completed.Status);
        Assert.All(completed.Partitions, p => Assert.Equal("succeeded", p.Status));
        Assert.Equal([launch.RunId!.Value, resume.RunId!.Value], completed.RunIds);
        Assert.Equal(failingSteps.Values.Sum(), resume.Steps);
        var rerun = await host.WaitForRunAsync(resume.RunId.Value);
        Assert.Equal(("backfill", launch.BackfillId, "succeeded"), (rerun.Run.Trigger, rerun.Run.BackfillId, rerun.Run.Status));
        Assert.All(rerun.Steps, s => Assert.Equal(FailingDate, s.Partition));
        Assert.All(executor.Calls.Skip(callsBefore), c => Assert.Equal(DateOnly.Parse(FailingDate), c.Date));
    }

    [Theory]
    [MemberData(nameof(TestCatalogDatabase.Engines), MemberType = typeof(TestCatalogDatabase))]
    public async Task Canceling_a_backfill_cancels_its_run_and_a_later_resume_finishes_the_rest(string engine)
    {
        var hold = true;
        var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var executor = new ScriptedStepExecutor(async (work, cancellationToken) =>
        {
            if (Volatile.Read(ref hold))
            {
                started.TrySetResult();
                await Task.Delay(Timeout.Infinite, cancellationToken);
            }
            return ScriptedStepExecutor.Succeeded(work);
        });
        await using var host = await EngineHost.StartAsync(engine, executor);
        var launch = await host.LaunchBackfillAsync();
        await started.Task.WaitAsync(TimeSpan.FromSeconds(60));

        var cancellation = await host.Service<BackfillService>().CancelAsync(launch.BackfillId, "tester", CancellationToken.None);
        var run = await host.WaitForRunAsync(launch.RunId!.Value);
        var canceled = await host.WaitForBackfillAsync(launch.BackfillId);

        Assert.Equal([launch.RunId.Value], cancellation.CanceledRunIds);
        Assert.Equal("canceled", run.Run.Status);
        Assert.Equal("canceled", canceled.Status);
        Assert.All(canceled.Partitions, p => Assert.Equal("canceled", p.Status));
        await Assert.ThrowsAsync<BackfillStateException>(() => host.Service<BackfillService>().CancelAsync(launch.BackfillId, "tester", CancellationToken.None));

        Volatile.Write(ref hold, false);
        var resume = await host.Service<BackfillService>().ResumeAsync(launch.BackfillId, "tester", CancellationToken.None);
        var completed = await host.WaitForBackfillAsync(launch.BackfillId);

        Assert.Equal(launch.Steps, resume.Steps);
        Assert.Equal("completed", completed.Status);
    }

    [Theory]
    [MemberData(nameof(TestCatalogDatabase.Engines), MemberType = typeof(TestCatalogDatabase))]
    public async Task Resuming_a_completed_or_running_backfill_is_refused(string engine)
    {
        var gate = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var executor = new ScriptedStepExecutor(async (work, _) =>
        {
            await gate.Task;
            return ScriptedStepExecutor.Succeeded(work);
        });
        await using var host = await EngineHost.StartAsync(engine, executor);
        var service = host.Service<BackfillService>();
        var launch = await host.LaunchBackfillAsync();

        var running = await Assert.ThrowsAsync<BackfillStateException>(() => service.ResumeAsync(launch.BackfillId, null, CancellationToken.None));
        Assert.Contains($"backfill {launch.BackfillId} is running", running.Message);
        gate.SetResult();
        Assert.Equal("completed", (await host.WaitForBackfillAsync(launch.BackfillId)).Status);
        var completed = await Assert.ThrowsAsync<BackfillStateException>(() => service.ResumeAsync(launch.BackfillId, null, CancellationToken.None));
        Assert.Contains("is completed", completed.Message);
        await Assert.ThrowsAsync<BackfillNotFoundException>(() => service.ResumeAsync(launch.BackfillId + 100, null, CancellationToken.None));
    }

    [Theory]
    [MemberData(nameof(TestCatalogDatabase.Engines), MemberType = typeof(TestCatalogDatabase))]
    public async Task A_stale_only_backfill_with_nothing_stale_completes_at_once_without_a_run(string engine)
    {
        // The real materializer, so that the catalog knows the day is fresh afterwards.
        await using var host = await EngineHost.StartAsync(engine);
        var service = host.Service<BackfillService>();
        var day = DateOnly.Parse(BackfillHost.To);
        var first = await service.LaunchAsync(BackfillHost.Selection, day, day, staleOnly: true, "tester", CancellationToken.None);
        Assert.NotNull(first.RunId);
        Assert.Equal("completed", (await host.WaitForBackfillAsync(first.BackfillId)).Status);

        var second = await service.LaunchAsync(BackfillHost.Selection, day, day, staleOnly: true, "tester", CancellationToken.None);

        Assert.Null(second.RunId);
        Assert.Contains("completed at once", second.Message);
        var backfill = await host.Service<BackfillQueries>().GetAsync(second.BackfillId, CancellationToken.None);
        Assert.Equal("completed", backfill.Status);
        Assert.NotNull(backfill.FinishedAt);
        Assert.Empty(backfill.RunIds);
        await using var db = await host.OpenDatabaseAsync();
        Assert.Equal(1, await db.Runs.CountAsync(r => r.Trigger == RunTrigger.Backfill));
    }

    [Theory]
    [MemberData(nameof(TestCatalogDatabase.Engines), MemberType = typeof(TestCatalogDatabase))]
    public async Task A_selection_the_planner_refuses_leaves_no_backfill_behind(string engine)
    {
        await using var host = await EngineHost.StartAsync(engine, new ScriptedStepExecutor((work, _) => Task.FromResult(ScriptedStepExecutor.Succeeded(work))));

        await Assert.ThrowsAsync<AssetSelectionException>(() =>
            host.Service<BackfillService>().LaunchAsync("no_such_asset", DateOnly.Parse(BackfillHost.From), DateOnly.Parse(BackfillHost.To), false, null, CancellationToken.None));

        Assert.Empty(await host.Service<BackfillQueries>().ListAsync(10, CancellationToken.None));
    }
}
