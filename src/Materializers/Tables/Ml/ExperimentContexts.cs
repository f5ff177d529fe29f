using Lineage.Assets.Keys;
using Lineage.Assets.Quantum;

namespace Lineage.Materializers.Tables.Ml;

/// <summary>
/// The context rows of one partition (vqe_results, ansatz_info, molecules, performance_metrics) by experiment. These
/// tables hold about one row per experiment, so they are kept in memory while the iterations stream past.
/// </summary>
internal sealed class ExperimentContexts
{
    private Dictionary<string, List<ResultContext>> _results = [];
    private Dictionary<string, List<AnsatzContext>> _ansatz = [];
    private Dictionary<string, List<MoleculeContext>> _molecules = [];
    private Dictionary<string, List<TimingContext>> _timings = [];

    public static async Task<ExperimentContexts> LoadAsync(IPartitionReader tables, DateOnly date, CancellationToken cancellationToken) =>
        new()
        {
            _results = await LoadAsync(tables, QuantumAssetKeys.VqeResults, date, ResultContext.Columns, ResultContext.Reader, cancellationToken),
            _ansatz = await LoadAsync(tables, QuantumAssetKeys.AnsatzInfo, date, AnsatzContext.Columns, AnsatzContext.Reader, cancellationToken),
            _molecules = await LoadAsync(tables, QuantumAssetKeys.Molecules, date, MoleculeContext.Columns, MoleculeContext.Reader, cancellationToken),
            _timings = await LoadAsync(tables, QuantumAssetKeys.PerformanceMetrics, date, TimingContext.Columns, TimingContext.Reader, cancellationToken),
        };

    /// <summary>
    /// The rows a left join on experiment_id gives for one iteration: one per combination of matching context rows,
    /// a table without a match contributing nulls.
    /// </summary>
    public void Join(string experimentId, List<ExperimentDescription> into)
    {
        into.Clear();
        foreach (var result in Matches(_results, experimentId))
            foreach (var ansatz in Matches(_ansatz, experimentId))
                foreach (var molecule in Matches(_molecules, experimentId))
                    foreach (var timing in Matches(_timings, experimentId))
                        into.Add(ExperimentDescription.Join(result, ansatz, molecule, timing));
    }

    private static IReadOnlyList<T?> Matches<T>(Dictionary<string, List<T>> table, string experimentId) where T : class =>
        table.TryGetValue(experimentId, out var rows) ? rows : NoMatch<T>.Row;

    private static class NoMatch<T> where T : class
    {
        public static readonly IReadOnlyList<T?> Row = [null];
    }

    private static async Task<Dictionary<string, List<T>>> LoadAsync<T>(
        IPartitionReader tables,
        AssetKey table,
        DateOnly date,
        IReadOnlyList<string> columns,
        Func<BatchColumns, Func<int, T>> reader,
        CancellationToken cancellationToken)
    {
        var byExperiment = new Dictionary<string, List<T>>(StringComparer.Ordinal);
        await foreach (var batch in tables.ReadAsync(table, date, ["experiment_id", .. columns], cancellationToken))
        {
            var batchColumns = new BatchColumns(batch, table.Name);
            var ids = batchColumns.Strings("experiment_id");
            var read = reader(batchColumns);
            for (var row = 0; row < batch.Length; row++)
            {
                if (ids.IsNull(row))
                    continue;
                var id = ids.GetString(row);
                if (!byExperiment.TryGetValue(id, out var rows))
                    byExperiment[id] = rows = [];
                rows.Add(read(row));
            }
        }
        return byExperiment;
    }
}
