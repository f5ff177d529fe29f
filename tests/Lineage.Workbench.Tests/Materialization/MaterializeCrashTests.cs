using System.Text.Json.Nodes;
using Lineage.Assets.Keys;
using Lineage.Assets.Quantum;
using Lineage.Materializers.Generation;
using Lineage.Materializers.Recording;
using Lineage.Workbench.Tests.Shared;

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
        using var workspace = await WithFirstBatchAsync();
        workspace.AddRaw(clean.NewFiles);

        var killed = await workspace.RunChildAsync(new Dictionary<string, string> { ["LINEAGE_KILL_AT"] = point }, ["materialize", "--select", "*", "--partition", Partition]);
        Assert.True(killed.ExitCode == LineageProcess.KilledExitCode, $"the process was not killed at {point} (exit {killed.ExitCode}):\n{killed.Output}");

        var letters = await workspace.StatusLettersAsync();
        var log = workspace.Log;
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
        foreach (var table in QuantumAssetKeys.BaseTables)
            Assert.Equal("F", letters[table.Value]);
        foreach (var table in MlTables)
        {
            var isNew = Matches(rows, clean.After, table);
            Assert.True(isNew || Matches(rows, clean.Before, table), $"{table.Name} holds rows of neither clean run");
            Assert.True((isNew == baseIsNew ? "F" : "S") == letters[table.Value], $"{table.Name} is {letters[table.Value]}: its rows are {(isNew ? "new" : "old")}, the base tables' {(baseIsNew ? "new" : "old")}");
        }

        await workspace.MaterializeAllAsync();
        var final = await workspace.RowsAsync(QuantumAssetKeys.BaseTables.Concat(MlTables));
        foreach (var table in QuantumAssetKeys.BaseTables.Concat(MlTables))
            Assert.True(Matches(final, clean.After, table), $"after the re-run {table.Name} differs from a clean run");
    }

    /// <summary>Six raw files of the day, materialized: the partition's first batch.</summary>
    private static async Task<MaterializeWorkspace> WithFirstBatchAsync()
    {
        var workspace = await MaterializeWorkspace.WithRawAsync(Day, files: 6, seed: 7);
        await workspace.MaterializeAllAsync();
        return workspace;
    }

    private static bool Matches(IReadOnlyDictionary<AssetKey, IReadOnlyList<string>> rows, IReadOnlyDictionary<AssetKey, IReadOnlyList<string>> expected, AssetKey table) =>
        rows[table].SequenceEqual(expected[table]);

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
            using var workspace = await WithFirstBatchAsync();
            Before = await workspace.RowsAsync(QuantumAssetKeys.BaseTables.Concat(MlTables));
            workspace.AddRaw(NewFiles);
            await workspace.MaterializeAllAsync();
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
}
