namespace Lineage.Workbench.Health;

/// <summary>The health of a selection of assets over a range of daily partitions, compact enough for years of days.</summary>
public sealed record PartitionStatusMatrix(IReadOnlyList<string> Dates, IReadOnlyList<AssetStatusRow> Assets)
{
    /// <summary>Rows in the order the assets first appear in <paramref name="healths"/>, letters in the order of <paramref name="dates"/>.</summary>
    public static PartitionStatusMatrix From(IReadOnlyList<string> dates, IEnumerable<AssetPartitionHealth> healths)
    {
        var rows = healths.GroupBy(h => h.Asset).Select(g =>
        {
            var byDate = g.ToDictionary(h => h.Partition, StringComparer.Ordinal);
            var letters = string.Concat(dates.Select(d => byDate[d].Health.Letter()));
            var reasons = dates
                .Where(d => byDate[d].Health != PartitionHealth.Fresh)
                .ToDictionary(d => d, d => string.Join("; ", byDate[d].Reasons), StringComparer.Ordinal);
            return new AssetStatusRow(g.Key.Value, letters, reasons);
        });
        return new PartitionStatusMatrix(dates, rows.ToList());
    }
}
