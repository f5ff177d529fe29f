using System.Text.Json.Nodes;
using Lineage.Assets.Keys;
using Lineage.Materializers.Recording;
using Lineage.Workbench.Catalog;
using Lineage.Workbench.Storage;
using Lineage.Workbench.Tests.Storage;

namespace Lineage.Workbench.Tests.Catalog;

/// <summary>Materializations and observations of one asset as its page lists them, on SQLite and PostgreSQL.</summary>
public sealed class AssetHistoryTests
{
    private static readonly AssetKey Molecules = AssetKey.Of("quantum_features", "molecules");
    private static readonly AssetKey Raw = AssetKey.Of("raw_vqe_results");
    private static readonly DateTimeOffset Noon = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);
    private static readonly CancellationToken None = CancellationToken.None;

    private static MaterializationRecord Materialization(AssetKey asset, string partition, string batch, DateTimeOffset startedAt, long rows = 10) => new(
        // Committed in the order they started.
        asset, partition, batch, SnapshotId: rows * 1000, SequenceNumber: startedAt.ToUnixTimeSeconds(), Tag: $"tag-{batch}", rows, CodeVersion: "1", DataVersion: $"data-{batch}",
        new Dictionary<string, string>(), startedAt, TimeSpan.FromSeconds(3), new JsonObject());

    [Theory]
    [MemberData(nameof(TestCatalogDatabase.Engines), MemberType = typeof(TestCatalogDatabase))]
    public async Task The_latest_materialization_is_the_newest_of_the_newest_partition(string engine)
    {
        await using var database = await TestCatalogDatabase.CreateAsync(engine);
        var log = new CatalogMaterializationLog(database.NewFactory(), runId: null);
        await log.RecordMaterializationAsync(Materialization(Molecules, "2026-11-20", "old", Noon), None);
        await log.RecordMaterializationAsync(Materialization(Molecules, "2026-11-20", "new", Noon.AddHours(1), rows: 7), None);
        // Materialized later, but an older partition.
        await log.RecordMaterializationAsync(Materialization(Molecules, "2026-11-19", "backfilled", Noon.AddHours(2)), None);
        await log.RecordMaterializationAsync(Materialization(Raw, "2026-11-21", "other-asset", Noon), None);

        var latest = await new AssetHistory(database.NewFactory()).LatestMaterializationAsync(Molecules, None);

        Assert.NotNull(latest);
        Assert.Equal(("2026-11-20", "tag-new", 7L, 7000L), (latest.Partition, latest.Tag, latest.Rows!.Value, latest.SnapshotId!.Value));
        Assert.Equal(TimeSpan.FromSeconds(3), latest.Duration);
    }

    [Theory]
    [MemberData(nameof(TestCatalogDatabase.Engines), MemberType = typeof(TestCatalogDatabase))]
    public async Task An_asset_never_materialized_has_no_latest_and_no_newest_partition(string engine)
    {
        await using var database = await TestCatalogDatabase.CreateAsync(engine);
        var history = new AssetHistory(database.NewFactory());

        Assert.Null(await history.LatestMaterializationAsync(Molecules, None));
        Assert.Null(await history.NewestPartitionAsync(Molecules, None));
        Assert.Empty(await history.EventsAsync(Molecules, 10, None));
    }

    [Theory]
    [MemberData(nameof(TestCatalogDatabase.Engines), MemberType = typeof(TestCatalogDatabase))]
    public async Task Events_mix_materializations_and_observations_newest_first_with_their_run(string engine)
    {
        await using var database = await TestCatalogDatabase.CreateAsync(engine);
        var log = new CatalogMaterializationLog(database.NewFactory(), runId: null);
        await log.RecordObservationAsync(new SourceObservationRecord(Raw, "2026-11-20", "obs-1", 4, 2048, Noon), None);
        await log.RecordMaterializationAsync(Materialization(Raw, "2026-11-20", "mat-1", Noon.AddMinutes(1)), None);
        await new CatalogMaterializationLog(database.NewFactory(), runId: 42)
            .RecordMaterializationAsync(Materialization(Raw, "2026-11-21", "mat-2", Noon.AddMinutes(3)), None);
        await log.RecordObservationAsync(new SourceObservationRecord(Raw, "2026-11-21", "obs-2", 5, 4096, Noon.AddMinutes(2)), None);

        var events = await new AssetHistory(database.NewFactory()).EventsAsync(Raw, 10, None);

        Assert.Equal(["data-mat-2", "obs-2", "data-mat-1", "obs-1"], events.Select(e => e.DataVersion));
        Assert.Equal(42, events[0].RunId);
        Assert.Equal((AssetEventKind.Observation, 5, 4096L), (events[1].Kind, events[1].Files!.Value, events[1].Bytes!.Value));
        Assert.Equal("2026-11-21", await new AssetHistory(database.NewFactory()).NewestPartitionAsync(Raw, None));
    }

    [Theory]
    [MemberData(nameof(TestCatalogDatabase.Engines), MemberType = typeof(TestCatalogDatabase))]
    public async Task Events_stop_at_the_limit(string engine)
    {
        await using var database = await TestCatalogDatabase.CreateAsync(engine);
        var log = new CatalogMaterializationLog(database.NewFactory(), runId: null);
        for (var i = 0; i < 5; i++)
            await log.RecordMaterializationAsync(Materialization(Molecules, $"2026-11-{10 + i}", $"m{i}", Noon.AddMinutes(i)), None);

        var events = await new AssetHistory(database.NewFactory()).EventsAsync(Molecules, 3, None);

        Assert.Equal(["2026-11-14", "2026-11-13", "2026-11-12"], events.Select(e => e.Partition));
    }
}
