using System.Text.Json.Nodes;
using Lineage.Assets.Checks;
using Lineage.Assets.Keys;
using Lineage.Materializers.Checks;
using Lineage.Materializers.Recording;
using Microsoft.EntityFrameworkCore;

namespace Lineage.Workbench.Tests.Storage;

/// <summary>The materialization log in the catalog database, on SQLite and PostgreSQL.</summary>
public sealed class CatalogMaterializationLogTests
{
    private static readonly AssetKey Results = AssetKey.Of("quantum_features", "vqe_results");
    private static readonly AssetKey Molecules = AssetKey.Of("quantum_features", "molecules");
    private static readonly AssetKey Raw = AssetKey.Of("raw_vqe_results");
    private static readonly DateTimeOffset Noon = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);
    private static readonly CancellationToken None = CancellationToken.None;

    private static MaterializationRecord Materialization(AssetKey asset, string partition, string batch, DateTimeOffset startedAt, long sequence = 1) => new(
        asset, partition, batch, SnapshotId: batch.GetHashCode(), SequenceNumber: sequence, Tag: $"tag-{batch}", Rows: 10, CodeVersion: "1", DataVersion: $"data-{batch}",
        new Dictionary<string, string>(), startedAt, TimeSpan.FromSeconds(2), new JsonObject());

    private static CheckResult Check(AssetKey asset, string name, string partition, bool passed, DateTimeOffset evaluatedAt, string summary = "") =>
        new(asset, name, partition, passed, AssetCheckSeverity.Error, Blocking: true, summary, new JsonObject(), evaluatedAt);

    [Theory]
    [MemberData(nameof(TestCatalogDatabase.Engines), MemberType = typeof(TestCatalogDatabase))]
    public async Task A_materialization_comes_back_with_every_field(string engine)
    {
        await using var database = await TestCatalogDatabase.CreateAsync(engine);
        var log = database.NewLog();
        var written = new MaterializationRecord(
            Results, "2026-11-20", "batch-1", 8_123_456_789_012L, 17, "lineage-batch-1", 4321, CodeVersion: null, "dv-9",
            new Dictionary<string, string> { ["raw_vqe_results[2026-11-20]"] = "raw-3", ["quantum_features/molecules[2026-11-20]"] = "mol-7" },
            new DateTimeOffset(2026, 11, 20, 9, 30, 15, 123, TimeSpan.FromHours(2)),
            TimeSpan.FromTicks(12_345_678_901),
            new JsonObject { ["files"] = 3, ["quarantined"] = new JsonArray("a.json", "b.json") });

        await log.RecordMaterializationAsync(written, None);
        var read = await database.NewLog().LatestMaterializationAsync(Results, "2026-11-20", None);

        Assert.NotNull(read);
        Assert.Equal(written with { UpstreamDataVersions = read.UpstreamDataVersions, Metadata = read.Metadata }, read);
        Assert.Equal(written.UpstreamDataVersions.OrderBy(p => p.Key), read.UpstreamDataVersions.OrderBy(p => p.Key));
        Assert.True(JsonNode.DeepEquals(written.Metadata, read.Metadata), read.Metadata.ToJsonString());
    }

    [Theory]
    [MemberData(nameof(TestCatalogDatabase.Engines), MemberType = typeof(TestCatalogDatabase))]
    public async Task The_materialization_committed_last_wins_whenever_it_started_and_other_partitions_keep_theirs(string engine)
    {
        await using var database = await TestCatalogDatabase.CreateAsync(engine);
        var log = database.NewLog();
        // "first" started later but committed first; "second" started earlier, committed after it and is what the table holds.
        await log.RecordMaterializationAsync(Materialization(Results, "2026-11-20", "first", Noon.AddHours(1), sequence: 4), None);
        await log.RecordMaterializationAsync(Materialization(Results, "2026-11-20", "second", Noon, sequence: 5), None);
        await log.RecordMaterializationAsync(Materialization(Results, "2026-11-21", "other-day", Noon.AddHours(5)), None);
        await log.RecordMaterializationAsync(Materialization(Molecules, "2026-11-20", "other-asset", Noon.AddHours(5)), None);

        Assert.Equal("second", (await log.LatestMaterializationAsync(Results, "2026-11-20", None))?.BatchId);
        Assert.Equal("other-day", (await log.LatestMaterializationAsync(Results, "2026-11-21", None))?.BatchId);
        Assert.Equal("other-asset", (await log.LatestMaterializationAsync(Molecules, "2026-11-20", None))?.BatchId);
        Assert.Null(await log.LatestMaterializationAsync(Results, "2026-11-22", None));
    }

    [Theory]
    [MemberData(nameof(TestCatalogDatabase.Engines), MemberType = typeof(TestCatalogDatabase))]
    public async Task Of_two_materializations_of_the_same_commit_the_one_recorded_last_wins(string engine)
    {
        await using var database = await TestCatalogDatabase.CreateAsync(engine);
        var log = database.NewLog();
        await log.RecordMaterializationAsync(Materialization(Results, "2026-11-20", "earlier", Noon), None);
        await log.RecordMaterializationAsync(Materialization(Results, "2026-11-20", "later", Noon), None);

        Assert.Equal("later", (await log.LatestMaterializationAsync(Results, "2026-11-20", None))?.BatchId);
    }

    [Theory]
    [MemberData(nameof(TestCatalogDatabase.Engines), MemberType = typeof(TestCatalogDatabase))]
    public async Task Instants_written_with_different_offsets_order_by_the_moment_they_name(string engine)
    {
        await using var database = await TestCatalogDatabase.CreateAsync(engine);
        var log = database.NewLog();
        // Each time the newer instant shows the earlier wall clock: 10:00+02 is 08:00 UTC, before 09:00 UTC;
        // 05:30-05 (10:30 UTC) follows 19:00+09 (10:00 UTC); 20:00-03 (23:00 UTC) follows 23:00+05 (18:00 UTC).
        await log.RecordMaterializationAsync(Materialization(Results, "2026-11-20", "berlin", new DateTimeOffset(2026, 11, 20, 10, 0, 0, TimeSpan.FromHours(2)), sequence: 1), None);
        await log.RecordMaterializationAsync(Materialization(Results, "2026-11-20", "utc", new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero), sequence: 2), None);
        await log.RecordObservationAsync(new SourceObservationRecord(Raw, "2026-11-20", "new-york", 1, 1, new DateTimeOffset(2026, 11, 20, 5, 30, 0, TimeSpan.FromHours(-5))), None);
        await log.RecordObservationAsync(new SourceObservationRecord(Raw, "2026-11-20", "tokyo", 1, 1, new DateTimeOffset(2026, 11, 20, 19, 0, 0, TimeSpan.FromHours(9))), None);
        await log.RecordChecksAsync(
        [
            Check(Results, "row_count", "2026-11-20", passed: true, new DateTimeOffset(2026, 11, 20, 23, 0, 0, TimeSpan.FromHours(5)), "kolkata"),
            Check(Results, "row_count", "2026-11-20", passed: false, new DateTimeOffset(2026, 11, 20, 20, 0, 0, TimeSpan.FromHours(-3)), "sao paulo"),
        ], None);

        var materialization = await log.LatestMaterializationAsync(Results, "2026-11-20", None);
        Assert.Equal("utc", materialization?.BatchId);
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 9, 0, 0, TimeSpan.Zero), materialization?.StartedAt);
        Assert.Equal("new-york", (await log.LatestObservationAsync(Raw, "2026-11-20", None))?.DataVersion);
        Assert.Equal("sao paulo", Assert.Single(await log.LatestChecksAsync([Results], null, None)).Summary);
    }

    [Theory]
    [MemberData(nameof(TestCatalogDatabase.Engines), MemberType = typeof(TestCatalogDatabase))]
    public async Task The_newest_observation_of_a_source_partition_wins_and_other_partitions_keep_theirs(string engine)
    {
        await using var database = await TestCatalogDatabase.CreateAsync(engine);
        var log = database.NewLog();
        var newest = new SourceObservationRecord(Raw, "2026-11-20", "v2", 4, 4_000_000_000L, Noon.AddMinutes(10));
        await log.RecordObservationAsync(new SourceObservationRecord(Raw, "2026-11-20", "v1", 3, 300, Noon), None);
        await log.RecordObservationAsync(newest, None);
        await log.RecordObservationAsync(new SourceObservationRecord(Raw, "2026-11-21", "v7", 1, 100, Noon.AddDays(1)), None);

        Assert.Equal(newest, await log.LatestObservationAsync(Raw, "2026-11-20", None));
        Assert.Equal("v7", (await log.LatestObservationAsync(Raw, "2026-11-21", None))?.DataVersion);
        Assert.Null(await log.LatestObservationAsync(Raw, "2026-11-19", None));
    }

    [Theory]
    [MemberData(nameof(TestCatalogDatabase.Engines), MemberType = typeof(TestCatalogDatabase))]
    public async Task Latest_checks_keep_the_newest_result_of_each_asset_check_and_partition_in_order(string engine)
    {
        await using var database = await TestCatalogDatabase.CreateAsync(engine);
        var log = database.NewLog();
        await log.RecordChecksAsync(
        [
            Check(Results, "row_count", "2026-11-21", passed: true, Noon, "results row_count 21"),
            Check(Results, "row_count", "2026-11-20", passed: false, Noon, "old"),
            Check(Results, "energy_finite", "2026-11-20", passed: true, Noon, "results energy 20"),
            Check(Molecules, "row_count", "2026-11-20", passed: true, Noon, "molecules row_count 20"),
            Check(Raw, "row_count", "2026-11-20", passed: true, Noon, "not asked for"),
        ], None);
        await log.RecordChecksAsync([Check(Results, "row_count", "2026-11-20", passed: true, Noon.AddMinutes(1), "results row_count 20")], None);

        var latest = await log.LatestChecksAsync([Results, Molecules], null, None);

        Assert.Equal(
            ["molecules row_count 20", "results energy 20", "results row_count 20", "results row_count 21"],
            latest.Select(c => c.Summary));
    }

    [Theory]
    [MemberData(nameof(TestCatalogDatabase.Engines), MemberType = typeof(TestCatalogDatabase))]
    public async Task Latest_checks_of_one_partition_leave_the_other_partitions_out(string engine)
    {
        await using var database = await TestCatalogDatabase.CreateAsync(engine);
        var log = database.NewLog();
        await log.RecordChecksAsync(
        [
            Check(Results, "row_count", "2026-11-20", passed: false, Noon, "20 old"),
            Check(Results, "row_count", "2026-11-20", passed: true, Noon.AddHours(1), "20 new"),
            Check(Results, "row_count", "2026-11-21", passed: true, Noon.AddHours(2), "21"),
        ], None);

        var latest = await log.LatestChecksAsync([Results], "2026-11-20", None);

        var only = Assert.Single(latest);
        Assert.Equal(("20 new", true, "2026-11-20"), (only.Summary, only.Passed, only.Partition));
        Assert.Empty(await log.LatestChecksAsync([Results], "2026-11-22", None));
        Assert.Empty(await log.LatestChecksAsync([], null, None));
    }

    [Theory]
    [MemberData(nameof(TestCatalogDatabase.Engines), MemberType = typeof(TestCatalogDatabase))]
    public async Task A_check_result_comes_back_with_its_severity_blocking_flag_and_metadata(string engine)
    {
        await using var database = await TestCatalogDatabase.CreateAsync(engine);
        var metadata = new JsonObject
        {
            ["failed_rows"] = 2,
            ["ratio"] = 0.25,
            ["samples"] = new JsonArray(new JsonObject { ["molecule"] = "H2", ["energy"] = null }, "ünïcödé \"quoted\""),
            ["nested"] = new JsonObject { ["ok"] = false },
        };
        var written = new CheckResult(Results, "energy_finite", "2026-11-20", Passed: false, AssetCheckSeverity.Warn, Blocking: false,
            "2 rows have no energy", metadata, new DateTimeOffset(2026, 11, 20, 7, 45, 0, 500, TimeSpan.FromHours(-8)));

        await database.NewLog().RecordChecksAsync([written], None);
        var read = Assert.Single(await database.NewLog().LatestChecksAsync([Results], "2026-11-20", None));

        Assert.Equal(written with { Metadata = read.Metadata }, read);
        Assert.True(JsonNode.DeepEquals(metadata, read.Metadata), read.Metadata.ToJsonString());
    }

    [Theory]
    [MemberData(nameof(TestCatalogDatabase.Engines), MemberType = typeof(TestCatalogDatabase))]
    public async Task A_check_result_names_the_materialization_it_looked_at(string engine)
    {
        await using var database = await TestCatalogDatabase.CreateAsync(engine);
        var log = database.NewLog();
        await log.RecordMaterializationAsync(Materialization(Results, "2026-11-20", "looked-at", Noon), None);
        await log.RecordMaterializationAsync(Materialization(Results, "2026-11-20", "came-later", Noon.AddHours(2)), None);
        await log.RecordChecksAsync(
        [
            Check(Results, "row_count", "2026-11-20", passed: true, Noon.AddHours(1)),
            Check(Results, "row_count", "2026-11-21", passed: true, Noon.AddHours(1)),
        ], None);

        await using var db = database.NewFactory().CreateDbContext();
        var batches = await db.CheckResults.OrderBy(c => c.Partition).Select(c => c.MaterializationBatchId).ToListAsync();
        Assert.Equal(["looked-at", null], batches);
    }
}
