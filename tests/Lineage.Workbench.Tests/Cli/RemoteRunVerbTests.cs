using System.Text.Json;
using Lineage.Workbench.Cli.Remote;
using Lineage.Workbench.Hubs;
using Lineage.Workbench.Tests.Orchestration;

namespace Lineage.Workbench.Tests.Cli;

/// <summary>materialize --server, run, run --follow and cancel against a workbench on a loopback port.</summary>
public sealed class RemoteRunVerbTests
{
    private const string Day = "2026-11-19";

    private static readonly Dictionary<string, string?> NoRetries = new() { ["Lineage:Jobs:Policies:*:Retries"] = "0" };

    private static Task<EngineHost> StartAsync(ScriptedStepExecutor executor) =>
        EngineHost.StartAsync("sqlite", executor, NoRetries, overNetwork: true);

    private static ScriptedStepExecutor Succeeding() => new((work, _) => Task.FromResult(ScriptedStepExecutor.Succeeded(work)));

    [Fact]
    public async Task Materialize_with_server_launches_a_run_and_run_shows_its_steps()
    {
        await using var host = await StartAsync(Succeeding());

        var launched = await WorkbenchCli.RunAsync(host, "materialize", "--select", "ml_run_summary", "--partition", Day, "--server", host.Address.ToString());
        var runId = WorkbenchCli.RunIdIn(launched.Out);
        await host.WaitForRunAsync(runId);
        var remote = await WorkbenchCli.RunAsync(host, "run", runId.ToString(), "--server", host.Address.ToString());
        var local = await WorkbenchCli.RunAsync(host, "run", runId.ToString());

        Assert.Equal(0, launched.ExitCode);
        Assert.Contains($"run {runId} queued on {host.Address}: 1 step", launched.Out);
        Assert.Equal(0, remote.ExitCode);
        var lines = WorkbenchCli.Lines(remote.Out);
        Assert.StartsWith($"run {runId}  succeeded  manual", lines[0]);
        Assert.Equal(["ASSET", "PARTITION", "STATUS", "ATTEMPT", "ROWS", "DURATION", "ERROR"], lines[2].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        var step = lines[3].Split(' ', StringSplitOptions.RemoveEmptyEntries);
        Assert.EndsWith("ml_run_summary", step[0]);
        Assert.Equal([Day, "succeeded", "1", "7"], step[1..5]);
        Assert.Equal("1 step: 1 succeeded", lines[^1]);
        Assert.Equal(remote.Out, local.Out);
    }

    [Fact]
    public async Task Run_follow_prints_the_events_in_order_and_exits_0_after_success()
    {
        await using var host = await StartAsync(Succeeding());
        var launch = await host.LaunchAsync("ml_run_summary", Day);

        var followed = await WorkbenchCli.RunAsync(host, "run", launch.RunId!.Value.ToString(), "--follow", "--server", host.Address.ToString());

        Assert.Equal(0, followed.ExitCode);
        var events = await host.EventsAsync(launch.RunId.Value);
        var lines = WorkbenchCli.Lines(followed.Out);
        Assert.Equal(events.Select(e => RunEventLine.Format(RunEventMessage.From(e))), lines.SkipLast(1));
        Assert.Contains(lines, l => l.EndsWith($"info    {events.First(e => e.AssetKey is not null).AssetKey} {Day}  succeeded (7 rows)", StringComparison.Ordinal));
        Assert.Equal($"run {launch.RunId} succeeded", lines[^1]);
    }

    [Fact]
    public async Task Materialize_with_server_and_follow_exits_1_after_a_failed_step()
    {
        var executor = new ScriptedStepExecutor((work, _) => Task.FromResult(ScriptedStepExecutor.Failed(work, "disk full")));
        await using var host = await StartAsync(executor);

        var followed = await WorkbenchCli.RunAsync(host, "materialize", "--select", "ml_run_summary", "--partition", Day,
            "--server", host.Address.ToString(), "--follow");

        Assert.Equal(1, followed.ExitCode);
        var lines = WorkbenchCli.Lines(followed.Out);
        var runId = WorkbenchCli.RunIdIn(lines[0]);
        Assert.Contains(lines, l => l.Contains(" error ") && l.Contains("disk full"));
        Assert.Equal($"run {runId} failed", lines[^1]);
        Assert.Equal("failed", (await host.WaitForRunAsync(runId)).Run.Status);
    }

    [Fact]
    public async Task Run_follow_with_json_writes_one_event_object_per_line()
    {
        await using var host = await StartAsync(Succeeding());
        var launch = await host.LaunchAsync("ml_run_summary", Day);

        var followed = await WorkbenchCli.RunAsync(host, "run", launch.RunId!.Value.ToString(), "--follow", "--json", "--server", host.Address.ToString());

        Assert.Equal(0, followed.ExitCode);
        var events = WorkbenchCli.Lines(followed.Out).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal((await host.EventsAsync(launch.RunId.Value)).Select(e => e.Id), events.Select(e => e.GetProperty("id").GetInt64()));
        Assert.All(events, e => Assert.Equal(launch.RunId, e.GetProperty("runId").GetInt64()));
        Assert.Equal("run", events[^1].GetProperty("kind").GetString());
        Assert.Equal("succeeded", events[^1].GetProperty("data").GetProperty("status").GetString());
    }

    [Fact]
    public async Task Cancel_stops_a_running_run_and_refuses_a_finished_one()
    {
        var executor = new ScriptedStepExecutor(async (work, cancellationToken) =>
        {
            await Task.Delay(Timeout.Infinite, cancellationToken);
            return ScriptedStepExecutor.Succeeded(work);
        });
        await using var host = await StartAsync(executor);
        var runId = (await host.LaunchAsync("ml_run_summary", Day)).RunId!.Value;
        await host.WaitForRunAsync(runId, d => d.Steps.All(s => s.Status == "running"));

        var cancel = await WorkbenchCli.RunAsync(host, "cancel", runId.ToString(), "--server", host.Address.ToString());
        var run = await host.WaitForRunAsync(runId);
        var again = await WorkbenchCli.RunAsync(host, "cancel", runId.ToString(), "--server", host.Address.ToString(), "--json");

        Assert.Equal(0, cancel.ExitCode);
        Assert.Equal($"run {runId} is canceling", cancel.Out.Trim());
        Assert.Equal("canceled", run.Run.Status);
        Assert.Equal(1, again.ExitCode);
        Assert.Equal($"lineage cancel: run {runId} has already finished", again.Error.Trim());
    }

    [Fact]
    public async Task Run_json_is_the_run_with_its_steps_and_an_unknown_run_is_named()
    {
        await using var host = await StartAsync(Succeeding());
        var runId = (await host.LaunchAsync("ml_run_summary", Day)).RunId!.Value;
        await host.WaitForRunAsync(runId);

        var json = await WorkbenchCli.RunAsync(host, "run", runId.ToString(), "--json", "--server", host.Address.ToString());
        var unknownRemote = await WorkbenchCli.RunAsync(host, "run", "999", "--server", host.Address.ToString());
        var unknownLocal = await WorkbenchCli.RunAsync(host, "run", "999");
        var unknownFollowed = await WorkbenchCli.RunAsync(host, "run", "999", "--follow", "--server", host.Address.ToString());

        var detail = JsonDocument.Parse(json.Out).RootElement;
        Assert.Equal(runId, detail.GetProperty("run").GetProperty("id").GetInt64());
        Assert.Equal("succeeded", detail.GetProperty("run").GetProperty("status").GetString());
        Assert.Equal(1, detail.GetProperty("run").GetProperty("steps").GetProperty("succeeded").GetInt32());
        var step = Assert.Single(detail.GetProperty("steps").EnumerateArray());
        Assert.Equal(7, step.GetProperty("rows").GetInt64());
        Assert.Equal(Day, step.GetProperty("partition").GetString());
        Assert.Equal(1, unknownRemote.ExitCode);
        Assert.Contains("999", unknownRemote.Error);
        Assert.Equal(unknownLocal.Error, unknownRemote.Error);
        Assert.Equal(1, unknownFollowed.ExitCode);
        Assert.Equal(unknownRemote.Error, unknownFollowed.Error);
    }

    [Fact]
    public async Task Materialize_with_server_and_json_prints_the_launch_and_the_run_holds_the_partitions()
    {
        await using var host = await StartAsync(Succeeding());

        var launched = await WorkbenchCli.RunAsync(host, "materialize", "--select", "ml_run_summary", "--from", "2026-11-19", "--to", "2026-11-20",
            "--server", host.Address.ToString(), "--json");

        Assert.Equal(0, launched.ExitCode);
        var launch = JsonDocument.Parse(launched.Out).RootElement;
        Assert.Equal(2, launch.GetProperty("steps").GetInt32());
        Assert.Contains("queued", launch.GetProperty("message").GetString());
        var run = await host.WaitForRunAsync(launch.GetProperty("runId").GetInt64());
        Assert.Equal(["2026-11-19", "2026-11-20"], run.Run.Partitions);
    }

    [Fact]
    public async Task An_address_where_the_workbench_api_is_not_is_named_with_the_route()
    {
        await using var host = await StartAsync(Succeeding());

        var listed = await WorkbenchCli.RunAsync(host, "runs", "--server", host.Address + "elsewhere");

        Assert.Equal(1, listed.ExitCode);
        Assert.Equal($"lineage runs: GET {host.Address}elsewhere/api/runs answered 404 Not Found: no workbench API there; check the --server URL or upgrade the workbench.",
            listed.Error.Trim());
    }
}
