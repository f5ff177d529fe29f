using System.Text.Json.Nodes;
using Lineage.Assets.Checks;
using Lineage.Assets.Keys;
using Lineage.Materializers.Checks;
using Lineage.Materializers.Recording;

namespace Lineage.Workbench.Tests.Storage;

/// <summary>The commit journal (table <c>batches</c>) in the catalog database, on SQLite and PostgreSQL.</summary>
public sealed class CommitJournalTests
{
    private static readonly AssetKey Results = AssetKey.Of("quantum_features", "vqe_results");
    private static readonly AssetKey Molecules = AssetKey.Of("quantum_features", "molecules");
    private static readonly AssetKey Summary = AssetKey.Of("quantum_features", "ml_run_summary");
    private static readonly DateTimeOffset Noon = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);
    private static readonly BatchOwner Elsewhere = new("another-host", 4242, Noon.AddHours(-1));
    private static readonly CancellationToken None = CancellationToken.None;

    private static BatchIntent Intent(string batch, string group, string partition, params AssetKey[] tables) =>
        new(batch, group, partition, tables.Select((t, i) => new BatchTable(t, i == 0 ? null : 100 + i)).ToList(), Elsewhere, Noon, Noon);

    private static MaterializationRecord Materialization(AssetKey asset, string batch, long sequence) => new(
        asset, "2026-11-20", batch, SnapshotId: sequence * 10, sequence, $"v_{batch}", Rows: 3, CodeVersion: "1", DataVersion: $"data-{batch}",
        new Dictionary<string, string>(), Noon, TimeSpan.FromSeconds(1), new JsonObject());

    [Theory]
    [MemberData(nameof(TestCatalogDatabase.Engines), MemberType = typeof(TestCatalogDatabase))]
    public async Task An_intent_comes_back_with_its_tables_parents_and_owner_until_it_ends(string engine)
    {
        await using var database = await TestCatalogDatabase.CreateAsync(engine);
        var log = database.NewLog();
        var intent = Intent("b1", "base", "2026-11-20", Molecules, Results);

        Assert.Null(await log.BeginBatchAsync(intent, None));
        await log.TouchBatchAsync(intent, Noon.AddSeconds(30), None);

        var read = Assert.Single(await database.NewLog().UnfinishedBatchesAsync("2026-11-20", None));
        Assert.Equal(intent with { Tables = read.Tables, LastSeenAt = Noon.AddSeconds(30) }, read);
        Assert.Equal(intent.Tables, read.Tables);
        Assert.Empty(await log.UnfinishedBatchesAsync("2026-11-21", None));

        await log.EndBatchAsync(intent, BatchEnd.Completed, Noon.AddMinutes(1), None);
        Assert.Empty(await log.UnfinishedBatchesAsync(null, None));
    }

    [Theory]
    [MemberData(nameof(TestCatalogDatabase.Engines), MemberType = typeof(TestCatalogDatabase))]
    public async Task A_second_batch_of_a_partition_group_is_refused_with_the_holder_until_the_first_ends(string engine)
    {
        await using var database = await TestCatalogDatabase.CreateAsync(engine);
        var log = database.NewLog();
        var first = Intent("b1", "base", "2026-11-20", Molecules, Results);

        Assert.Null(await log.BeginBatchAsync(first, None));
        Assert.Equal("b1", (await database.NewLog().BeginBatchAsync(Intent("b2", "base", "2026-11-20", Molecules, Results), None))?.BatchId);
        Assert.Null(await log.BeginBatchAsync(Intent("b2", "ml_run_summary", "2026-11-20", Summary), None));
        Assert.Null(await log.BeginBatchAsync(Intent("b3", "base", "2026-11-21", Molecules, Results), None));

        await log.EndBatchAsync(first, BatchEnd.RolledBack, Noon.AddMinutes(1), None);
        Assert.Null(await log.BeginBatchAsync(Intent("b2", "base", "2026-11-20", Molecules, Results), None));
        Assert.Equal(
            [("b2", "base"), ("b2", "ml_run_summary")],
            (await log.UnfinishedBatchesAsync("2026-11-20", None)).Select(b => (b.BatchId, b.Group)).Order());
    }

    [Theory]
    [MemberData(nameof(TestCatalogDatabase.Engines), MemberType = typeof(TestCatalogDatabase))]
    public async Task A_rolled_back_group_takes_its_materializations_and_their_checks_with_it_and_nothing_else(string engine)
    {
        await using var database = await TestCatalogDatabase.CreateAsync(engine);
        var log = database.NewLog();
        await log.RecordMaterializationAsync(Materialization(Results, "old", 1), None);
        var batch = Intent("new", "base", "2026-11-20", Results);
        await log.BeginBatchAsync(batch, None);
        await log.RecordMaterializationAsync(Materialization(Results, "new", 2), None);
        await log.RecordMaterializationAsync(Materialization(Molecules, "new", 7), None);
        await log.RecordChecksAsync(
        [
            new CheckResult(Results, "row_count", "2026-11-20", true, AssetCheckSeverity.Error, Blocking: true, "of the new batch", new JsonObject(), Noon.AddMinutes(1)),
        ], None);

        await log.EndBatchAsync(batch, BatchEnd.RolledBack, Noon.AddMinutes(2), None);

        Assert.Equal("old", (await log.LatestMaterializationAsync(Results, "2026-11-20", None))?.BatchId);
        Assert.Equal("new", (await log.LatestMaterializationAsync(Molecules, "2026-11-20", None))?.BatchId);
        Assert.Empty(await log.LatestChecksAsync([Results], "2026-11-20", None));
        Assert.Empty(await log.UnfinishedBatchesAsync(null, None));
    }
}
