using System.Text.Json;
using System.Text.Json.Nodes;
using Lineage.Assets.Keys;
using Lineage.Assets.Quantum;
using Lineage.Materializers.Generation;
using Lineage.Materializers.Recording;
using Lineage.Workbench.Catalog;
using Lineage.Workbench.Cli;
using Lineage.Workbench.Materialization;
using Lineage.Workbench.Storage;
using Lineage.Workbench.Tests.Shared;
using Microsoft.Extensions.Configuration;

namespace Lineage.Workbench.Tests.Materialization;

/// <summary>
/// <c>lineage materialize</c> in a child process, killed (SIGKILL) at every commit point of a partition that already
/// holds an earlier batch and has new raw files: afterwards every commit group holds one batch, the rows are those of
/// a clean run, the catalog names the snapshots the tables hold, status tells which tables lag, and a re-run completes.
/// </summary>
public sealed class MaterializeCrashTests(MaterializeCrashTests.CleanRuns clean) : IClassFixture<MaterializeCrashTests.CleanRuns>
{
    private static readonly DateOnly Day = new(2026, 11, 20);
    private const string Partition = "2026-11-20";

    private static readonly IReadOnlyList<AssetKey> BaseGroup = [.. QuantumAssetKeys.BaseTables, QuantumAssetKeys.ProcessingMetadata];
    private static readonly IReadOnlyList<AssetKey> MlTables = [QuantumAssetKeys.MlIterationFeatures, QuantumAssetKeys.MlRunSummary];

    public static TheoryData<string> KillPoints()
    {
        var points = new TheoryData<string> { $"before-commit:{QuantumAssetKeys.BaseTables[0].Name}" };
        foreach (var table in BaseGroup)
            points.Add($"after-commit:{table.Name}");
        points.Add($"before-complete:{Materializers.Materialization.QuantumMaterializer.BaseGroup}");
        foreach (var table in MlTables)
        {
            points.Add($"before-commit:{table.Name}");
            points.Add($"after-commit:{table.Name}");
            points.Add($"before-complete:{table.Name}");
        }
        return points;
    }

    [Theory]
    [MemberData(nameof(KillPoints))]
    public async Task A_materialization_killed_at_a_commit_point_leaves_whole_batches_and_a_rerun_completes(string point)
    {
        using var workspace = await Workspace.WithFirstBatchAsync();
        workspace.AddRaw(clean.NewFiles);

        var killed = await workspace.RunChildAsync(point, "materialize", "--select", "*", "--partition", Partition);
        Assert.True(killed.ExitCode == LineageProcess.KilledExitCode, $"the process was not killed at {point} (exit {killed.ExitCode}):\n{killed.Output}");

        var status = await workspace.CliAsync("status", "--from", Partition, "--to", Partition, "--json");
        Assert.True(status.ExitCode == 0, status.Error);
        var log = new CatalogMaterializationLog(CatalogDbContextFactory.From(workspace.Configuration));
        Assert.Empty(await log.UnfinishedBatchesAsync(null, CancellationToken.None));

        var batches = new Dictionary<AssetKey, string>();
        foreach (var table in BaseGroup.Concat(MlTables))
            batches[table] = await workspace.CurrentBatchAsync(table);
        Assert.Single(BaseGroup.Select(t => batches[t]).Distinct());
        foreach (var table in QuantumAssetKeys.BaseTables.Concat(MlTables))
        {
            var recorded = await log.LatestMaterializationAsync(table, Partition, CancellationToken.None);
            Assert.True(recorded?.BatchId == batches[table], $"the catalog's latest {table.Name} is batch {recorded?.BatchId}, the table holds {batches[table]}");
        }

        var rows = await workspace.RowsAsync(QuantumAssetKeys.BaseTables.Concat(MlTables));
        var baseIsNew = Matches(rows, clean.After, QuantumAssetKeys.BaseTables[0]);
        foreach (var table in QuantumAssetKeys.BaseTables)
            Assert.True(Matches(rows, baseIsNew ? clean.After : clean.Before, table), $"{table.Name} holds rows of neither clean run, or of another batch than its group");
        var letters = Letters(status.Out);
        foreach (var table in QuantumAssetKeys.BaseTables)
            Assert.Equal("F", letters[table.Value]);
        foreach (var table in MlTables)
        {
            var isNew = Matches(rows, clean.After, table);
            Assert.True(isNew || Matches(rows, clean.Before, table), $"{table.Name} holds rows of neither clean run");
            Assert.True((isNew == baseIsNew ? "F" : "S") == letters[table.Value], $"{table.Name} is {letters[table.Value]}: its rows are {(isNew ? "new" : "old")}, the base tables' {(baseIsNew ? "new" : "old")}");
        }

        var rerun = await workspace.CliAsync("materialize", "--select", "*", "--partition", Partition);
        Assert.True(rerun.ExitCode == 0, rerun.Out + rerun.Error);
        var final = await workspace.RowsAsync(QuantumAssetKeys.BaseTables.Concat(MlTables));
        foreach (var table in QuantumAssetKeys.BaseTables.Concat(MlTables))
            Assert.True(Matches(final, clean.After, table), $"after the re-run {table.Name} differs from a clean run");
    }

    private static bool Matches(IReadOnlyDictionary<AssetKey, IReadOnlyList<string>> rows, IReadOnlyDictionary<AssetKey, IReadOnlyList<string>> expected, AssetKey table) =>
        rows[table].SequenceEqual(expected[table]);

    private static Dictionary<string, string> Letters(string statusJson) =>
        JsonNode.Parse(statusJson)!["assets"]!.AsArray().ToDictionary(a => a!["key"]!.GetValue<string>(), a => a!["statuses"]!.GetValue<string>());

    /// <summary>The rows of a clean run before the new files (one batch) and after them (a second batch over all files).</summary>
    public sealed class CleanRuns : IAsyncLifetime
    {
        private readonly string _newFiles = Directory.CreateTempSubdirectory("lineage-crash-new-").FullName;

        public string NewFiles => Path.Combine(_newFiles, "experiment.vqe");

        public IReadOnlyDictionary<AssetKey, IReadOnlyList<string>> Before { get; private set; } = default!;

        public IReadOnlyDictionary<AssetKey, IReadOnlyList<string>> After { get; private set; } = default!;

        public async Task InitializeAsync()
        {
            await new SyntheticVqeGenerator(new GeneratorOptions { Count = 4, Days = 1, Start = Day, Seed = 8 }).WriteAsync(_newFiles);
            using var workspace = await Workspace.WithFirstBatchAsync();
            Before = await workspace.RowsAsync(QuantumAssetKeys.BaseTables.Concat(MlTables));
            workspace.AddRaw(NewFiles);
            var second = await workspace.CliAsync("materialize", "--select", "*", "--partition", Partition);
            Assert.True(second.ExitCode == 0, second.Out + second.Error);
            After = await workspace.RowsAsync(QuantumAssetKeys.BaseTables.Concat(MlTables));
            foreach (var table in QuantumAssetKeys.BaseTables)
                Assert.False(Before[table].SequenceEqual(After[table]), $"the new files change no row of {table.Name}: the test could not tell the batches apart");
        }

        public Task DisposeAsync()
        {
            Directory.Delete(_newFiles, recursive: true);
            return Task.CompletedTask;
        }
    }

    /// <summary>A raw folder, warehouse and SQLite catalog of their own, with one batch of six raw files materialized.</summary>
    private sealed class Workspace : IDisposable
    {
        private readonly string _root = Directory.CreateTempSubdirectory("lineage-crash-").FullName;

        private Workspace() =>
            Configuration = new ConfigurationBuilder()
                .AddJsonFile(Path.Combine(RepoPaths.Root, "appsettings.json"))
                .AddInMemoryCollection(Settings.ToDictionary(s => s.Key.Replace("__", ":", StringComparison.Ordinal), s => (string?)s.Value))
                .Build();

        public IConfiguration Configuration { get; }

        private string Raw => Path.Combine(_root, "raw");

        private Dictionary<string, string> Settings => new()
        {
            ["Lineage__Raw"] = Raw,
            ["Lineage__Warehouse"] = Path.Combine(_root, "warehouse"),
            ["ConnectionStrings__Catalog"] = $"Data Source={Path.Combine(_root, "catalog.db")}",
        };

        public static async Task<Workspace> WithFirstBatchAsync()
        {
            var workspace = new Workspace();
            await new SyntheticVqeGenerator(new GeneratorOptions { Count = 6, Days = 1, Start = Day, Seed = 7 }).WriteAsync(workspace.Raw);
            var first = await workspace.CliAsync("materialize", "--select", "*", "--partition", Partition);
            Assert.True(first.ExitCode == 0, first.Out + first.Error);
            return workspace;
        }

        public void AddRaw(string files)
        {
            foreach (var file in Directory.GetFiles(files))
                File.Copy(file, Path.Combine(Raw, "experiment.vqe", Path.GetFileName(file)));
        }

        public async Task<CliRun> CliAsync(params string[] args)
        {
            var output = new StringWriter();
            var error = new StringWriter();
            var code = await CommandLine.RunAsync(args, output, error, Configuration);
            return new CliRun(code, output.ToString(), error.ToString());
        }

        public Task<LineageProcess> RunChildAsync(string killAt, params string[] args) =>
            LineageProcess.RunAsync(_root, new Dictionary<string, string>(Settings) { ["LINEAGE_KILL_AT"] = killAt }, TimeSpan.FromMinutes(2), args);

        public async Task<string> CurrentBatchAsync(AssetKey table)
        {
            var loaded = await MaterializerFactory.Warehouse(Configuration, CatalogFactory.Create(Configuration, TimeProvider.System)).TryLoadAsync(table, CancellationToken.None);
            return loaded?.Metadata.CurrentSnapshot?.Summary.GetValueOrDefault("lineage.batch-id") ?? "(none)";
        }

        /// <summary>Each table's rows of the partition as sorted JSON lines, without the columns that name the batch.</summary>
        public async Task<IReadOnlyDictionary<AssetKey, IReadOnlyList<string>>> RowsAsync(IEnumerable<AssetKey> tables)
        {
            var rows = new Dictionary<AssetKey, IReadOnlyList<string>>();
            foreach (var table in tables)
            {
                var file = Path.Combine(_root, $"{table.Name}.jsonl");
                var export = await CliAsync("export", table.Value, "--partition", Partition, "--format", "jsonl", "--out", file);
                Assert.True(export.ExitCode == 0, export.Out + export.Error);
                rows[table] = File.ReadAllLines(file).Select(WithoutBatch).Order(StringComparer.Ordinal).ToList();
            }
            return rows;
        }

        public void Dispose()
        {
            Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
            Directory.Delete(_root, recursive: true);
        }

        private static string WithoutBatch(string line)
        {
            var row = JsonNode.Parse(line)!.AsObject();
            row.Remove("processing_batch_id");
            row.Remove("processing_timestamp");
            return row.ToJsonString(JsonSerializerOptions.Default);
        }
    }
}
