using System.Text.Json;
using Lineage.Workbench.Cli;
using Lineage.Workbench.Tests.Shared;
using Microsoft.Extensions.Configuration;

namespace Lineage.Workbench.Tests.Cli;

/// <summary>
/// materialize, checks and preview in this process, on the sample's 2026-11-19 files plus one bad file, with a
/// temporary warehouse and SQLite catalog.
/// </summary>
public sealed class MaterializeVerbTests : IClassFixture<MaterializeVerbTests.Workspace>
{
    private const string Day = "2026-11-19";
    private const string BadFile = "999-1795132799000000000.json";

    private readonly Workspace _workspace;

    public MaterializeVerbTests(Workspace workspace) => _workspace = workspace;

    public sealed class Workspace : IAsyncLifetime
    {
        private readonly string _root = Directory.CreateTempSubdirectory("lineage-cli-materialize-").FullName;

        public IConfiguration Configuration { get; private set; } = default!;

        public string RawTopic => Path.Combine(_root, "raw", "experiment.vqe");

        public CliRun First { get; private set; } = default!;

        public async Task InitializeAsync()
        {
            var topic = Path.Combine(_root, "raw", "experiment.vqe");
            Directory.CreateDirectory(topic);
            foreach (var file in Directory.GetFiles(Path.Combine(RepoPaths.SampleRaw, "experiment.vqe")))
                File.Copy(file, Path.Combine(topic, Path.GetFileName(file)));
            await File.WriteAllTextAsync(Path.Combine(topic, BadFile), "{\"vqe_result\": [1, 2");
            Configuration = new ConfigurationBuilder()
                .AddConfiguration(CliRun.SampleConfiguration)
                .AddInMemoryCollection(new Dictionary<string, string?>
                {
                    ["Lineage:Raw"] = Path.Combine(_root, "raw"),
                    ["Lineage:Warehouse"] = Path.Combine(_root, "warehouse"),
                    ["ConnectionStrings:Catalog"] = $"Data Source={Path.Combine(_root, "catalog.db")}",
                })
                .Build();
            First = await RunAsync("materialize", "--select", "*", "--partition", Day);
        }

        public Task<CliRun> RunAsync(params string[] args) => RunAsync(Configuration, args);

        public async Task<CliRun> RunAsync(IConfiguration configuration, params string[] args)
        {
            var output = new StringWriter();
            var error = new StringWriter();
            var code = await CommandLine.RunAsync(args, output, error, configuration);
            return new CliRun(code, output.ToString(), error.ToString());
        }

        public Task DisposeAsync()
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_root, recursive: true);
            return Task.CompletedTask;
        }
    }

    [Fact]
    public void Materialize_prints_each_asset_partition_with_rows_snapshot_and_checks_and_the_rejected_file()
    {
        Assert.Equal(0, _workspace.First.ExitCode);
        var lines = _workspace.First.Out.Split('\n');
        foreach (var table in new[] { "molecules", "vqe_iterations", "iteration_parameters", "ml_iteration_features", "ml_run_summary" })
            Assert.Contains(lines, l => l.StartsWith(Day, StringComparison.Ordinal) && l.Contains($"quantum_features/{table} ") && l.Contains("materialized") && l.Contains("snapshot "));
        Assert.Contains(lines, l => l.Contains("check raw_files_valid failed (error)"));
        Assert.Contains(lines, l => l.Contains($"rejected {BadFile}: vqe_result"));
        Assert.Contains("12 steps: 1 observed, 11 materialized; 1 failed check", _workspace.First.Out);
    }

    [Fact]
    public async Task Checks_lists_the_failed_raw_check_with_the_rejected_file_and_reason()
    {
        var run = await _workspace.RunAsync("checks", "--select", "raw_vqe_results", "--partition", Day, "--json");

        Assert.Equal(0, run.ExitCode);
        var check = Assert.Single(JsonDocument.Parse(run.Out).RootElement.EnumerateArray());
        Assert.Equal("raw_files_valid", check.GetProperty("check").GetString());
        Assert.False(check.GetProperty("passed").GetBoolean());
        Assert.Equal("error", check.GetProperty("severity").GetString());
        Assert.False(check.GetProperty("blocking").GetBoolean());
        Assert.Contains(BadFile, check.GetProperty("metadata").GetRawText());
    }

    [Fact]
    public async Task Checks_of_every_asset_pass_apart_from_the_raw_one()
    {
        var run = await _workspace.RunAsync("checks", "--partition", Day);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains("quantum_features/ml_run_summary", run.Out);
        Assert.EndsWith("1 failed\n", run.Out.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Preview_prints_rows_of_the_partition_with_the_chosen_columns()
    {
        var run = await _workspace.RunAsync("preview", "vqe_iterations", "--partition", Day, "-n", "4", "--columns", "iteration_id,iteration_step", "--json");

        Assert.Equal(0, run.ExitCode);
        var rows = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement).ToList();
        Assert.Equal(4, rows.Count);
        Assert.All(rows, r => Assert.Equal(["iteration_id", "iteration_step"], r.EnumerateObject().Select(p => p.Name)));
        Assert.All(rows, r => Assert.Contains("_iter_", r.GetProperty("iteration_id").GetString()));
    }

    [Fact]
    public async Task Export_writes_the_rows_the_preview_prints_as_json_lines()
    {
        var file = Path.Combine(Path.GetTempPath(), $"lineage-export-{Guid.NewGuid():N}.jsonl");
        try
        {
            var export = await _workspace.RunAsync("export", "vqe_iterations", "--partition", Day, "--columns", "iteration_id,iteration_step", "--format", "jsonl", "--out", file);
            var preview = await _workspace.RunAsync("preview", "vqe_iterations", "--partition", Day, "-n", "1000000", "--columns", "iteration_id,iteration_step", "--json");

            Assert.Equal(0, export.ExitCode);
            Assert.Contains($"written to {file} (jsonl)", export.Out);
            Assert.Equal(preview.Out.ReplaceLineEndings("\n"), await File.ReadAllTextAsync(file));
            Assert.Empty(Directory.GetFiles(Path.GetTempPath(), Path.GetFileName(file) + ".*.partial"));
        }
        finally
        {
            File.Delete(file);
        }
    }

    [Fact]
    public async Task Export_of_an_unknown_column_names_it_and_writes_no_file()
    {
        var file = Path.Combine(Path.GetTempPath(), $"lineage-export-{Guid.NewGuid():N}.parquet");

        var run = await _workspace.RunAsync("export", "vqe_iterations", "--columns", "iteration_id,nope", "--format", "parquet", "--out", file);

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("no column 'nope'", run.Error);
        Assert.False(File.Exists(file));
    }

    [Fact]
    public async Task An_ml_table_of_a_day_whose_upstream_was_never_materialized_fails_with_exit_code_1()
    {
        var run = await _workspace.RunAsync("materialize", "--select", "ml_iteration_features", "--partition", "2026-11-18");

        Assert.Equal(1, run.ExitCode);
        Assert.Contains("has not been materialized", run.Out);
    }

    [Fact]
    public async Task Configured_as_blocking_the_raw_check_blocks_the_base_tables_and_fails_the_run()
    {
        var blocking = new ConfigurationBuilder()
            .AddConfiguration(_workspace.Configuration)
            .AddInMemoryCollection(new Dictionary<string, string?>
            {
                ["Lineage:Checks:Blocking:raw_vqe_results/raw_files_valid"] = "true",
                ["Lineage:Warehouse"] = _workspace.Configuration["Lineage:Warehouse"] + "-blocking",
                ["ConnectionStrings:Catalog"] = _workspace.Configuration["ConnectionStrings:Catalog"] + "-blocking",
            })
            .Build();

        var run = await _workspace.RunAsync(blocking, "materialize", "--select", "molecules", "--partition", Day, "--json");

        Assert.Equal(1, run.ExitCode);
        var steps = JsonDocument.Parse(run.Out).RootElement.EnumerateArray().ToList();
        var molecules = Assert.Single(steps, s => s.GetProperty("asset").GetString() == "quantum_features/molecules");
        Assert.Equal("blocked", molecules.GetProperty("status").GetString());
        Assert.Contains("raw_files_valid", molecules.GetProperty("error").GetString());
    }

    [Theory]
    [InlineData("materialize", "--select", "*")]
    [InlineData("materialize", "--select", "*", "--partition", "2026-11-19", "--from", "2026-11-18", "--to", "2026-11-19")]
    [InlineData("materialize", "--select", "*", "--from", "2026-11-20", "--to", "2026-11-18")]
    public async Task Materialize_without_a_clear_partition_is_a_usage_error(params string[] args)
    {
        var run = await _workspace.RunAsync(args);

        Assert.Equal(2, run.ExitCode);
    }
}
