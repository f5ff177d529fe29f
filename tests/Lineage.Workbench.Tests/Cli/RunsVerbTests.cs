using System.Text.Json;
using Lineage.Workbench.Tests.Orchestration;

namespace Lineage.Workbench.Tests.Cli;

/// <summary><c>lineage runs</c> on the catalog database and through a workbench: three finished runs, newest first.</summary>
public sealed class RunsVerbTests : IAsyncLifetime
{
    private EngineHost _host = default!;
    private long _first;
    private long _failed;
    private long _molecules;

    public async Task InitializeAsync()
    {
        var executor = new ScriptedStepExecutor((work, _) => Task.FromResult(work.Unit.StartsWith("2026-11-20", StringComparison.Ordinal)
            ? ScriptedStepExecutor.Failed(work, "no files")
            : ScriptedStepExecutor.Succeeded(work)));
        _host = await EngineHost.StartAsync("sqlite", executor, new Dictionary<string, string?> { ["Lineage:Jobs:Policies:*:Retries"] = "0" }, overNetwork: true);
        _first = await LaunchAndWaitAsync("ml_run_summary", "2026-11-19");
        _failed = await LaunchAndWaitAsync("ml_run_summary", "2026-11-20");
        _molecules = await LaunchAndWaitAsync("molecules", "2026-11-19");
    }

    public async Task DisposeAsync() => await _host.DisposeAsync();

    private async Task<long> LaunchAndWaitAsync(string selection, string day)
    {
        var id = (await _host.LaunchAsync(selection, day)).RunId!.Value;
        await _host.WaitForRunAsync(id);
        return id;
    }

    private async Task<IReadOnlyList<long>> ListedAsync(params string[] options)
    {
        var listed = await WorkbenchCli.RunAsync(_host, ["runs", .. options]);
        Assert.True(listed.ExitCode == 0, listed.Error);
        var lines = WorkbenchCli.Lines(listed.Out);
        Assert.StartsWith("ID", lines[0]);
        Assert.Equal($"{lines.Count - 2} run{(lines.Count == 3 ? "" : "s")}", lines[^1]);
        return lines.Skip(1).SkipLast(1).Select(l => long.Parse(l.Split(' ')[0])).ToList();
    }

    [Fact]
    public async Task Runs_lists_the_catalogs_runs_newest_first_with_their_status_and_steps()
    {
        var listed = await WorkbenchCli.RunAsync(_host, "runs");

        Assert.Equal([_molecules, _failed, _first], await ListedAsync());
        var failedLine = WorkbenchCli.Lines(listed.Out).Single(l => l.StartsWith($"{_failed} ", StringComparison.Ordinal));
        Assert.Equal([_failed.ToString(), "failed", "manual", "ml_run_summary", "2026-11-20", "1", "failed"],
            failedLine.Split(' ', StringSplitOptions.RemoveEmptyEntries)[..7]);
    }

    [Fact]
    public async Task Runs_narrows_by_status_asset_trigger_and_limit()
    {
        Assert.Equal([_failed], await ListedAsync("--status", "failed"));
        Assert.Equal([_molecules], await ListedAsync("--asset", "molecules"));
        Assert.Equal([_molecules, _failed], await ListedAsync("--limit", "2"));
        Assert.Empty(await ListedAsync("--trigger", "backfill"));
    }

    [Fact]
    public async Task Runs_through_the_workbench_lists_the_same_runs()
    {
        var server = _host.Address.ToString();

        Assert.Equal([_molecules, _failed, _first], await ListedAsync("--server", server));
        Assert.Equal([_molecules, _first], await ListedAsync("--status", "succeeded", "--server", server));
        Assert.Equal([_molecules], await ListedAsync("--asset", "molecules", "--limit", "1", "--server", server));
    }

    [Fact]
    public async Task Runs_json_is_an_array_of_runs_alike_from_the_catalog_and_the_workbench()
    {
        var local = await WorkbenchCli.RunAsync(_host, "runs", "--json", "--status", "failed");
        var remote = await WorkbenchCli.RunAsync(_host, "runs", "--json", "--status", "failed", "--server", _host.Address.ToString());

        var run = Assert.Single(JsonDocument.Parse(local.Out).RootElement.EnumerateArray());
        Assert.Equal(_failed, run.GetProperty("id").GetInt64());
        Assert.Equal("failed", run.GetProperty("status").GetString());
        Assert.Equal("manual", run.GetProperty("trigger").GetString());
        Assert.Equal(["2026-11-20"], run.GetProperty("partitions").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(1, run.GetProperty("steps").GetProperty("failed").GetInt32());
        Assert.Equal(local.Out, remote.Out);
    }

    [Fact]
    public async Task An_unknown_status_is_a_usage_error_listing_the_statuses()
    {
        var listed = await WorkbenchCli.RunAsync(_host, "runs", "--status", "done");

        Assert.Equal(2, listed.ExitCode);
        Assert.Contains("status 'done' is not one of queued, running, succeeded, failed, canceling, canceled", listed.Error);
    }
}
