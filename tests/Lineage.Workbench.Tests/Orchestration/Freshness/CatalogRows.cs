using Lineage.Assets.Keys;
using Lineage.Workbench.Storage;
using Lineage.Workbench.Storage.Conventions;
using Lineage.Workbench.Storage.Materializations;
using Lineage.Workbench.Storage.Observations;

namespace Lineage.Workbench.Tests.Orchestration.Freshness;

/// <summary>Writes materializations and source observations straight into a catalog database.</summary>
public sealed class CatalogRows(CatalogDbContextFactory contexts)
{
    public async Task MaterializedAsync(
        AssetKey asset, string partition, DateTimeOffset startedAt, TimeSpan duration, params (AssetKey Parent, string Version)[] upstream)
    {
        await using var db = await contexts.OpenAsync(CancellationToken.None);
        db.Materializations.Add(new StoredMaterialization
        {
            AssetKey = asset.Value,
            Partition = partition,
            BatchId = $"batch-{startedAt.UtcTicks}",
            SnapshotId = startedAt.UtcTicks,
            Tag = $"tag-{startedAt.UtcTicks}",
            Rows = 5,
            DataVersion = $"{asset.Name}-{startedAt.UtcTicks}",
            UpstreamDataVersions = JsonText.Write(upstream.ToDictionary(u => u.Parent.Value, u => u.Version)),
            StartedAt = startedAt,
            Duration = duration,
            Metadata = "{}",
        });
        await db.SaveChangesAsync();
    }

    public async Task ObservedAsync(AssetKey source, string partition, DateTimeOffset observedAt, string version, int files = 3)
    {
        await using var db = await contexts.OpenAsync(CancellationToken.None);
        db.SourceObservations.Add(new StoredSourceObservation
        {
            AssetKey = source.Value,
            Partition = partition,
            DataVersion = version,
            FileCount = files,
            Bytes = files * 1000L,
            ObservedAt = observedAt,
        });
        await db.SaveChangesAsync();
    }
}
