using Lineage.Assets.Keys;

using Lineage.Materializers.Tables;

namespace Lineage.Materializers.Checks;

/// <summary>
/// The number of rows of each experiment in one table partition. Memory grows with the experiments, not the rows:
/// rows are counted per run of one experiment_id and added to the experiment's total when the run ends.
/// </summary>
internal static class ExperimentRowCounts
{
    /// <summary>Rows per experiment_id (rows with a null id are left out) and the partition's total row count.</summary>
    public static async Task<(Dictionary<string, long> PerExperiment, long Rows)> ReadAsync(
        CheckContext context, AssetKey table, CancellationToken cancellationToken)
    {
        var counts = new Dictionary<string, long>(StringComparer.Ordinal);
        var cursor = new ExperimentCursor();
        string? runOf = null;
        long rows = 0, run = 0;
        await foreach (var batch in context.Tables.ReadAsync(table, context.Partition, [QuantumColumns.ExperimentId], cancellationToken))
        {
            var ids = new BatchColumns(batch, table.Name).Strings(QuantumColumns.ExperimentId);
            for (var row = 0; row < batch.Length; row++)
            {
                if (cursor.MoveTo(ids, row))
                {
                    Flush(counts, runOf, run);
                    (runOf, run) = (cursor.Current, 0);
                }
                run++;
            }
            rows += batch.Length;
            Flush(counts, runOf, run);
            run = 0;
        }
        return (counts, rows);
    }

    private static void Flush(Dictionary<string, long> counts, string? experiment, long run)
    {
        if (run > 0 && experiment is not null)
            counts[experiment] = counts.GetValueOrDefault(experiment) + run;
    }
}
