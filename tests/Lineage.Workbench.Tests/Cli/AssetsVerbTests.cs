using System.Text.Json;
using Lineage.Workbench.Tests.Shared;

namespace Lineage.Workbench.Tests.Cli;

public sealed class AssetsVerbTests
{
    [Fact]
    public async Task Assets_lists_all_twelve_assets_as_a_table()
    {
        var run = await CliRun.OnSampleAsync("assets");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("quantum_features/hamiltonian_terms", run.Out);
        Assert.EndsWith("12 assets", run.Out.TrimEnd());
    }

    [Fact]
    public async Task Assets_with_a_group_selection_prints_json_for_machines()
    {
        var run = await CliRun.OnSampleAsync("assets", "--select", "group:ml_features", "--json");

        Assert.Equal(0, run.ExitCode);
        using var json = JsonDocument.Parse(run.Out);
        Assert.Equal(
            ["quantum_features/ml_iteration_features", "quantum_features/ml_run_summary"],
            json.RootElement.EnumerateArray().Select(a => a.GetProperty("key").GetString()).ToList());
    }

    [Fact]
    public async Task Show_prints_schema_lineage_and_checks()
    {
        var run = await CliRun.OnSampleAsync("assets", "show", "ml_run_summary");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("min_energy", run.Out);
        Assert.Contains("ml_iteration_features.energy", run.Out);
        Assert.Contains("one_row_per_experiment", run.Out);
    }

    [Fact]
    public async Task Lineage_traces_a_column_to_the_raw_json_path()
    {
        var run = await CliRun.OnSampleAsync("assets", "lineage", "ml_iteration_features", "energy");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("vqe_iterations.iteration_energy", run.Out);
        Assert.Contains("raw_vqe_results.vqe_result.iteration_list[].result", run.Out);
    }

    [Fact]
    public async Task Unknown_asset_fails_with_one_line_naming_close_matches()
    {
        var run = await CliRun.OnSampleAsync("assets", "show", "molecule");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("molecules", run.Error);
        Assert.Single(run.Error.TrimEnd().Split('\n'));
        Assert.Equal("", run.Out);
    }

    [Fact]
    public async Task Unknown_option_is_a_usage_error()
    {
        var run = await CliRun.OnSampleAsync("assets", "--colour", "red");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--colour", run.Error);
    }

    [Fact]
    public async Task Unknown_verb_is_a_usage_error()
    {
        var run = await CliRun.OnSampleAsync("materialise");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("materialise", run.Error);
    }

    [Fact]
    public async Task Help_lists_every_verb()
    {
        var run = await CliRun.OnSampleAsync("help");

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("assets show ASSET", run.Out);
        Assert.Contains("assets lineage ASSET COLUMN", run.Out);
    }
}
