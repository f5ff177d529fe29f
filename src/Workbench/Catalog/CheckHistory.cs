using Lineage.Assets.Keys;
using Lineage.Workbench.Storage;
using Microsoft.EntityFrameworkCore;

namespace Lineage.Workbench.Catalog;

/// <summary>The recorded results of one check of an asset, newest first.</summary>
public sealed class CheckHistory(CatalogDbContextFactory contexts)
{
    public const int DefaultLimit = 50;

    /// <param name="partition">Only this partition's results; all partitions when null.</param>
    public async Task<IReadOnlyList<CheckHistoryEntry>> ListAsync(
        AssetKey asset, string check, string? partition, int limit, CancellationToken cancellationToken)
    {
        if (limit <= 0)
            throw new ArgumentOutOfRangeException(nameof(limit), limit, "ask for at least one result");
        await using var db = await contexts.OpenAsync(cancellationToken);
        var results = db.CheckResults.AsNoTracking().Where(c => c.AssetKey == asset.Value && c.CheckName == check);
        if (partition is not null)
            results = results.Where(c => c.Partition == partition);
        var rows = await results
            .OrderByDescending(c => c.EvaluatedAt).ThenByDescending(c => c.Id)
            .Take(limit)
            .ToListAsync(cancellationToken);
        return rows.Select(c => new CheckHistoryEntry(c.ToResult(), c.RunId)).ToList();
    }
}
