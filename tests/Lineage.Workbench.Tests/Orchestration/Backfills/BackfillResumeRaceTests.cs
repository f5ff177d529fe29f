using Lineage.Workbench.Orchestration.Backfills;
using Lineage.Workbench.Orchestration.Runs;
using Lineage.Workbench.Storage.Runs;
using Lineage.Workbench.Tests.Storage;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;

namespace Lineage.Workbench.Tests.Orchestration.Backfills;

/// <summary>
/// A backfill's finished run is settled by an observer that may come late, while an operator already resumes the
/// backfill: whatever the interleaving, the late observer must never set the resumed backfill back.
/// </summary>
public sealed class BackfillResumeRaceTests
{
    private const int Trials = 12;

    [Theory]
    [MemberData(nameof(TestCatalogDatabase.Engines), MemberType = typeof(TestCatalogDatabase))]
    public async Task A_late_observer_of_the_failed_run_never_sets_a_resumed_backfill_back(string engine)
    {
        var failing = true;
        var resumed = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var executor = new ScriptedStepExecutor(async (work, cancellationToken) =>
        {
            if (Volatile.Read(ref failing))
                return ScriptedStepExecutor.Failed(work, "raw file truncated");
            await Volatile.Read(ref resumed).Task.WaitAsync(cancellationToken);
            return ScriptedStepExecutor.Succeeded(work);
        });
        await using var host = await EngineHost.StartAsync(engine, executor, BackfillHost.NoRetries);
        var service = host.Service<BackfillService>();
        var observer = host.Services.GetServices<IRunObserver>().OfType<BackfillProgress>().Single();

        var lost = new List<string>();
        for (var trial = 0; trial < Trials; trial++)
        {
            Volatile.Write(ref failing, true);
            var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            Volatile.Write(ref resumed, release);
            var launch = await service.LaunchAsync("ml_run_summary", new DateOnly(2026, 11, 18), new DateOnly(2026, 11, 18), false, "tester", CancellationToken.None);
            Assert.Equal("failed", (await host.WaitForBackfillAsync(launch.BackfillId)).Status);
            var (run, steps) = await FinishedRunAsync(host, launch.RunId!.Value);
            Volatile.Write(ref failing, false);

            // The observer of the failed run is delivered once more, a little later each trial, as a slow node would.
            var lateObserver = Task.Run(async () =>
            {
                await Task.Delay(TimeSpan.FromMilliseconds(trial * 3));
                await observer.RunFinishedAsync(run, steps, CancellationToken.None);
            });
            var resume = await service.ResumeAsync(launch.BackfillId, "tester", CancellationToken.None);
            await lateObserver;

            var status = (await host.Service<BackfillQueries>().GetAsync(launch.BackfillId, CancellationToken.None)).Status;
            if (status != "running")
                lost.Add($"trial {trial}: backfill {launch.BackfillId} is {status} while its resumed run {resume.RunId} runs");
            release.SetResult();
            await host.WaitForRunAsync(resume.RunId!.Value);
        }

        Assert.Empty(lost);
    }

    private static async Task<(StoredRun Run, IReadOnlyList<StoredRunStep> Steps)> FinishedRunAsync(EngineHost host, long runId)
    {
        await host.WaitForRunAsync(runId, d => d.Run.Status is "failed");
        await using var db = await host.OpenDatabaseAsync();
        var run = await db.Runs.AsNoTracking().SingleAsync(r => r.Id == runId);
        var steps = await db.RunSteps.AsNoTracking().Where(s => s.RunId == runId).ToListAsync();
        return (run, steps);
    }
}
