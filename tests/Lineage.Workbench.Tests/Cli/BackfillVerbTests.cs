using System.Text.Json;
using Lineage.Workbench.Orchestration.Backfills;
using Lineage.Workbench.Tests.Orchestration;

namespace Lineage.Workbench.Tests.Cli;

public sealed class BackfillVerbTests
{
    [Fact]
    public async Task Backfill_follow_launches_on_the_workbench_prints_progress_per_partition_and_exits_0_once_completed()
    {
        var executor = new ScriptedStepExecutor((work, _) => Task.FromResult(ScriptedStepExecutor.Succeeded(work)));
        await using var host = await EngineHost.StartAsync("sqlite", executor, overNetwork: true);

        var result = await WorkbenchCli.RunAsync(host, "backfill", "--select", "+ml_run_summary", "--from", "2026-11-18", "--to", "2026-11-20",
            "--follow", "--server", host.Address.ToString());

        Assert.Equal(0, result.ExitCode);
        var lines = WorkbenchCli.Lines(result.Out);
        Assert.Matches(@"^backfill \d+", lines[0]);
        foreach (var day in new[] { "2026-11-18", "2026-11-19", "2026-11-20" })
            Assert.Contains(lines, l => l.StartsWith(day, StringComparison.Ordinal) && l.Contains("done"));
        var backfills = await host.Service<BackfillQueries>().ListAsync(10, CancellationToken.None);
        var backfill = await host.Service<BackfillQueries>().GetAsync(Assert.Single(backfills).Id, CancellationToken.None);
        Assert.Equal(["2026-11-18", "2026-11-19", "2026-11-20"], backfill.Partitions.Select(p => p.Partition));
        Assert.All(backfill.Partitions, p => Assert.Equal("succeeded", p.Status));
    }

    [Fact]
    public async Task Backfill_json_answers_with_the_backfill_and_its_run()
    {
        var executor = new ScriptedStepExecutor((work, _) => Task.FromResult(ScriptedStepExecutor.Succeeded(work)));
        await using var host = await EngineHost.StartAsync("sqlite", executor, overNetwork: true);

        var result = await WorkbenchCli.RunAsync(host, "backfill", "--select", "ml_run_summary", "--from", "2026-11-18", "--to", "2026-11-19",
            "--json", "--server", host.Address.ToString());

        Assert.Equal(0, result.ExitCode);
        var json = JsonDocument.Parse(result.Out).RootElement;
        Assert.Equal(2, json.GetProperty("steps").GetInt32());
        var run = await host.WaitForRunAsync(json.GetProperty("runId").GetInt64());
        Assert.Equal("backfill", run.Run.Trigger);
        Assert.Equal(json.GetProperty("backfillId").GetInt64(), run.Run.BackfillId);
    }
}
