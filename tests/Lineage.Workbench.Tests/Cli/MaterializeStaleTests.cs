using System.Text.Json;
using Lineage.Materializers.Raw;

namespace Lineage.Workbench.Tests.Cli;

/// <summary><c>materialize --stale</c> on its own workspace: the sample with 2026-11-19 materialized.</summary>
public sealed class MaterializeStaleTests : IAsyncLifetime
{
    private readonly MaterializeVerbTests.Workspace _workspace = new();

    public Task InitializeAsync() => _workspace.InitializeAsync();

    public Task DisposeAsync() => _workspace.DisposeAsync();

    private async Task<List<(string Asset, string Partition, string Status)>> StaleAsync(params string[] range)
    {
        var run = await _workspace.RunAsync(["materialize", "--select", "*", .. range, "--stale", "--json"]);
        Assert.Equal(0, run.ExitCode);
        return JsonDocument.Parse(run.Out).RootElement.EnumerateArray()
            .Select(s => (s.GetProperty("asset").GetString()!, s.GetProperty("partition").GetString()!, s.GetProperty("status").GetString()!))
            .ToList();
    }

    [Fact]
    public async Task Only_missing_partitions_are_materialized_and_a_changed_raw_file_re_runs_its_day()
    {
        var first = await StaleAsync("--from", "2026-11-18", "--to", "2026-11-19");

        Assert.Equal(["2026-11-18", "2026-11-19"], first.Where(s => s.Status == "observed").Select(s => s.Partition).Distinct().Order());
        var materialized = first.Where(s => s.Status == "materialized").ToList();
        Assert.Equal(11, materialized.Count);
        Assert.All(materialized, s => Assert.Equal("2026-11-18", s.Partition));

        Assert.DoesNotContain(await StaleAsync("--partition", "2026-11-19"), s => s.Status == "materialized");

        var changed = Directory.GetFiles(_workspace.RawTopic, "*.json")
            .First(f => RawFileName.TryParse(Path.GetFileName(f), out var name) && name.PartitionKey == "2026-11-19" && new FileInfo(f).Length > 100);
        await File.AppendAllTextAsync(changed, " ");

        var again = await StaleAsync("--partition", "2026-11-19");
        Assert.Equal(11, again.Count(s => s.Status == "materialized" && s.Partition == "2026-11-19"));
    }
}
