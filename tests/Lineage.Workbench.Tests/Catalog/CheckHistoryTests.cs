using System.Text.Json.Nodes;
using Lineage.Assets.Checks;
using Lineage.Assets.Keys;
using Lineage.Materializers.Checks;
using Lineage.Workbench.Catalog;
using Lineage.Workbench.Storage;
using Lineage.Workbench.Tests.Storage;

namespace Lineage.Workbench.Tests.Catalog;

/// <summary>The history of one check of an asset, on SQLite and PostgreSQL.</summary>
public sealed class CheckHistoryTests
{
    private static readonly AssetKey Raw = AssetKey.Of("raw_vqe_results");
    private static readonly AssetKey Molecules = AssetKey.Of("quantum_features", "molecules");
    private static readonly DateTimeOffset Noon = new(2026, 11, 20, 12, 0, 0, TimeSpan.Zero);
    private static readonly CancellationToken None = CancellationToken.None;

    private static CheckResult Result(AssetKey asset, string check, string partition, bool passed, DateTimeOffset at) =>
        new(asset, check, partition, passed, AssetCheckSeverity.Error, Blocking: true, $"{check} {partition} {at:HH:mm}", new JsonObject { ["n"] = 1 }, at);

    [Theory]
    [MemberData(nameof(TestCatalogDatabase.Engines), MemberType = typeof(TestCatalogDatabase))]
    public async Task Results_of_one_check_come_newest_first_with_their_run(string engine)
    {
        await using var database = await TestCatalogDatabase.CreateAsync(engine);
        await new CatalogMaterializationLog(database.NewFactory(), runId: 7).RecordChecksAsync(
        [
            Result(Raw, "raw_files_valid", "2026-11-19", passed: true, Noon),
            Result(Raw, "raw_files_valid", "2026-11-20", passed: false, Noon.AddHours(2)),
            Result(Raw, "other_check", "2026-11-20", passed: true, Noon.AddHours(3)),
            Result(Molecules, "raw_files_valid", "2026-11-20", passed: true, Noon.AddHours(4)),
        ], None);
        await new CatalogMaterializationLog(database.NewFactory()).RecordChecksAsync(
            [Result(Raw, "raw_files_valid", "2026-11-20", passed: true, Noon.AddHours(1))], None);

        var history = await new CheckHistory(database.NewFactory()).ListAsync(Raw, "raw_files_valid", null, 50, None);

        Assert.Equal([Noon.AddHours(2), Noon.AddHours(1), Noon], history.Select(h => h.Result.EvaluatedAt.ToUniversalTime()));
        Assert.Equal([7L, null, 7L], history.Select(h => h.RunId));
        Assert.False(history[0].Result.Passed);
        Assert.Equal(1, (int)history[0].Result.Metadata["n"]!);
    }

    [Theory]
    [MemberData(nameof(TestCatalogDatabase.Engines), MemberType = typeof(TestCatalogDatabase))]
    public async Task A_partition_and_a_limit_narrow_the_history(string engine)
    {
        await using var database = await TestCatalogDatabase.CreateAsync(engine);
        var results = Enumerable.Range(0, 6)
            .Select(i => Result(Raw, "raw_files_valid", i % 2 == 0 ? "2026-11-20" : "2026-11-19", passed: true, Noon.AddMinutes(i)))
            .ToList();
        await new CatalogMaterializationLog(database.NewFactory()).RecordChecksAsync(results, None);

        var history = await new CheckHistory(database.NewFactory()).ListAsync(Raw, "raw_files_valid", "2026-11-20", 2, None);

        Assert.Equal([Noon.AddMinutes(4), Noon.AddMinutes(2)], history.Select(h => h.Result.EvaluatedAt.ToUniversalTime()));
        Assert.All(history, h => Assert.Equal("2026-11-20", h.Result.Partition));
    }
}
