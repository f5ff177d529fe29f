using System.Net;
using Lineage.Workbench.Cli.Remote;
using Lineage.Workbench.Hubs;
using Lineage.Workbench.Orchestration.Runs;
using Lineage.Workbench.Tests.Orchestration;

namespace Lineage.Workbench.Tests.Cli;

/// <summary>The REST client and the run follower on an in-memory workbench, through their handler and socket seams.</summary>
public sealed class WorkbenchClientTests
{
    private const string Day = "2026-11-19";

    [Fact]
    public async Task The_client_launches_lists_gets_and_reexecutes_runs_and_the_follower_sees_each_to_its_end()
    {
        var calls = 0;
        var executor = new ScriptedStepExecutor((work, _) => Task.FromResult(Interlocked.Increment(ref calls) == 1
            ? ScriptedStepExecutor.Failed(work, "flaky")
            : ScriptedStepExecutor.Succeeded(work)));
        await using var host = await EngineHost.StartAsync("sqlite", executor, new Dictionary<string, string?> { ["Lineage:Jobs:Policies:*:Retries"] = "0" });
        using var client = new WorkbenchClient(host.Server.BaseAddress, host.Server.CreateHandler());
        var received = new List<RunEventMessage>();

        var launch = await client.LaunchAsync("ml_run_summary", [DateOnly.Parse(Day)], staleOnly: false, CancellationToken.None);
        var status = await RunFollower.FollowAsync(host.Server.BaseAddress, launch.RunId!.Value, message =>
        {
            received.Add(message);
            return Task.CompletedTask;
        }, CancellationToken.None, (uri, cancellationToken) => host.Server.CreateWebSocketClient().ConnectAsync(uri, cancellationToken));
        var retry = await client.ReexecuteAsync(launch.RunId.Value, CancellationToken.None);
        await host.WaitForRunAsync(retry.RunId!.Value);
        var listed = await client.ListRunsAsync(new RunFilter(Limit: 10), CancellationToken.None);
        var detail = await client.GetRunAsync(retry.RunId.Value, CancellationToken.None);

        Assert.Equal("failed", status);
        Assert.Equal((await host.EventsAsync(launch.RunId.Value)).Select(e => e.Id), received.Select(e => e.Id));
        Assert.Equal([retry.RunId.Value, launch.RunId.Value], listed.Select(r => r.Id));
        Assert.Equal("retry", detail.Run.Trigger);
        Assert.Equal(launch.RunId, detail.Run.ParentRunId);
        Assert.Equal("succeeded", Assert.Single(detail.Steps).Status);
    }

    [Fact]
    public async Task A_refusal_carries_the_problems_detail_and_status()
    {
        await using var host = await EngineHost.StartAsync("sqlite", new ScriptedStepExecutor((work, _) => Task.FromResult(ScriptedStepExecutor.Succeeded(work))));
        using var client = new WorkbenchClient(host.Server.BaseAddress, host.Server.CreateHandler());

        var unknown = await Assert.ThrowsAsync<WorkbenchApiException>(() => client.GetRunAsync(404, CancellationToken.None));
        var badSelection = await Assert.ThrowsAsync<WorkbenchApiException>(() =>
            client.LaunchAsync("no_such_asset", [DateOnly.Parse(Day)], staleOnly: false, CancellationToken.None));

        Assert.Equal(HttpStatusCode.NotFound, unknown.Status);
        Assert.Contains("404", unknown.Message);
        Assert.DoesNotContain("answered", unknown.Message);
        Assert.Contains("no_such_asset", badSelection.Message);
    }
}
