using Lineage.Assets.Partitions;
using Lineage.Workbench.Catalog;
using Lineage.Workbench.Storage;
using Lineage.Workbench.Storage.Materializations;
using Lineage.Workbench.Storage.Observations;

namespace Lineage.Bench.Ui;

/// <summary>
/// Fills a catalog database with synthetic facts for every asset of the catalog over <c>days</c> days: the source
/// observed every day, every table materialized from the versions upstream had, except that on one day in fifty the
/// source changed afterwards (its tables turn stale) and on one day in a hundred a table was never materialized.
/// </summary>
internal static class StatusDatabase
{
    private const int BatchDays = 200;

    public static async Task<int> FillAsync(CatalogDbContextFactory contexts, AssetCatalog catalog, DateOnly first, int days, int seed)
    {
        var random = new Random(seed);
        var rows = 0;
        var order = catalog.Graph.TopologicalOrder;
        for (var start = 0; start < days; start += BatchDays)
        {
            await using var db = await contexts.OpenAsync(CancellationToken.None);
            for (var day = start; day < Math.Min(start + BatchDays, days); day++)
            {
                var partition = DailyPartitions.FormatKey(first.AddDays(day));
                var at = new DateTimeOffset(first.AddDays(day + 1).ToDateTime(TimeOnly.MinValue), TimeSpan.Zero);
                var versions = new Dictionary<string, string>(StringComparer.Ordinal);
                var sourceChanged = random.Next(50) == 0;
                foreach (var key in order)
                {
                    var spec = catalog.Graph[key];
                    var version = $"{key.Name}-{partition}";
                    versions[key.Value] = version;
                    if (spec.IsSource)
                    {
                        db.SourceObservations.Add(new StoredSourceObservation
                        {
                            AssetKey = key.Value, Partition = partition, DataVersion = sourceChanged ? version + "-changed" : version,
                            FileCount = 3, Bytes = 12_000, ObservedAt = at.AddHours(2),
                        });
                        rows++;
                        continue;
                    }
                    if (random.Next(100) == 0)
                        continue;
                    db.Materializations.Add(new StoredMaterialization
                    {
                        AssetKey = key.Value, Partition = partition, BatchId = $"bench-{partition}", SnapshotId = rows, Tag = $"{partition}-1",
                        Rows = 1_000, CodeVersion = spec.CodeVersion, DataVersion = version,
                        UpstreamDataVersions = JsonUpstream(catalog.Graph.Parents(key).ToDictionary(p => p.Value, p => versions[p.Value])),
                        StartedAt = at, Duration = TimeSpan.FromSeconds(2), Metadata = "{}",
                    });
                    rows++;
                }
            }
            await db.SaveChangesAsync();
        }
        return rows;
    }

    private static string JsonUpstream(Dictionary<string, string> versions) => System.Text.Json.JsonSerializer.Serialize(versions);
}
