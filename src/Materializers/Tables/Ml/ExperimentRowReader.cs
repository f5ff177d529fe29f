using System.Runtime.CompilerServices;
using Lineage.Assets.Keys;

namespace Lineage.Materializers.Tables.Ml;

/// <summary>
/// Streams a partition experiment by experiment: rows are grouped by contiguous runs of experiment_id, so only the
/// current experiment's rows are held; a table whose experiments are not contiguous is rejected.
/// </summary>
internal static class ExperimentRowReader
{
    /// <param name="columns">Columns to read besides experiment_id.</param>
    /// <param name="rowReader">Given a batch's columns, reads one row of it.</param>
    public static async IAsyncEnumerable<ExperimentRows<TRow>> ReadAsync<TRow>(
        IPartitionReader tables,
        AssetKey table,
        DateOnly date,
        IReadOnlyList<string> columns,
        Func<BatchColumns, Func<int, TRow>> rowReader,
        [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        var experiments = new ClusteredExperiments(table.Name, date);
        var rows = new List<TRow>();
        ExperimentRows<TRow>? current = null;
        await foreach (var batch in tables.ReadAsync(table, date, ["experiment_id", .. columns], cancellationToken))
        {
            var batchColumns = new BatchColumns(batch, table.Name);
            var ids = batchColumns.Strings("experiment_id");
            var read = rowReader(batchColumns);
            for (var row = 0; row < batch.Length; row++)
            {
                if (ids.IsNull(row))
                    throw new InvalidDataException($"partition {date:yyyy-MM-dd} of {table.Name} has a row without experiment_id");
                if (!experiments.IsCurrent(ids.GetBytes(row)))
                {
                    if (current is not null)
                    {
                        yield return current;
                        rows.Clear();
                    }
                    experiments.Begin(ids.GetBytes(row));
                    current = new ExperimentRows<TRow>(experiments.Current!, rows, batch, row);
                }
                rows.Add(read(row));
            }
        }
        if (current is not null)
            yield return current;
    }
}
