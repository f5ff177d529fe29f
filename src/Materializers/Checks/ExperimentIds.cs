using Lineage.Assets.Keys;

namespace Lineage.Materializers.Checks;

/// <summary>The distinct experiment_ids of one table partition, in the order they first appear.</summary>
internal static class ExperimentIds
{
    public static async Task<List<string>> ReadAsync(CheckContext context, AssetKey table, CancellationToken cancellationToken)
    {
        var (counts, _) = await ExperimentRowCounts.ReadAsync(context, table, cancellationToken);
        return [.. counts.Keys];
    }

    /// <summary>Which of <paramref name="experiments"/> have no row in <paramref name="table"/>.</summary>
    public static async Task<CheckExamples> MissingFromAsync(
        CheckContext context, AssetKey table, IReadOnlyList<string> experiments, CancellationToken cancellationToken)
    {
        var (present, _) = await ExperimentRowCounts.ReadAsync(context, table, cancellationToken);
        var missing = new CheckExamples();
        foreach (var experiment in experiments)
        {
            if (!present.ContainsKey(experiment))
                missing.Add(experiment);
        }
        return missing;
    }
}
