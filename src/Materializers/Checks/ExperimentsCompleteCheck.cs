using System.Text.Json.Nodes;
using Lineage.Assets.Keys;
using Lineage.Assets.Quantum;

namespace Lineage.Materializers.Checks;

/// <summary>
/// vqe_results / experiments_complete: every experiment of vqe_results also has rows in molecules, ansatz_info and
/// performance_metrics, the context tables the ML join reads.
/// </summary>
internal sealed class ExperimentsCompleteCheck : IAssetCheckEvaluator
{
    public const string Name = "experiments_complete";

    private static readonly IReadOnlyList<AssetKey> ContextTables =
        [QuantumAssetKeys.Molecules, QuantumAssetKeys.AnsatzInfo, QuantumAssetKeys.PerformanceMetrics];

    public AssetKey Asset => QuantumAssetKeys.VqeResults;

    public string CheckName => Name;

    public async Task<CheckOutcome> EvaluateAsync(CheckContext context, CancellationToken cancellationToken)
    {
        var experiments = await ExperimentIds.ReadAsync(context, Asset, cancellationToken);
        var missingFrom = new JsonObject();
        var gaps = new List<string>();
        foreach (var table in ContextTables)
        {
            var missing = await ExperimentIds.MissingFromAsync(context, table, experiments, cancellationToken);
            missingFrom[table.Name] = missing.WriteTo(new JsonObject(), "missing_experiments");
            if (missing.Count > 0)
                gaps.Add($"{missing.Count} missing from {table.Name} ({missing.Sample(e => e.GetValue<string>())})");
        }
        var metadata = new JsonObject { ["experiments"] = experiments.Count, ["missing_from"] = missingFrom };
        return gaps.Count == 0
            ? CheckOutcome.Pass(
                $"All {experiments.Count} experiments of vqe_results have rows in molecules, ansatz_info and performance_metrics.", metadata)
            : CheckOutcome.Fail(
                $"Of {experiments.Count} experiments of vqe_results, {string.Join("; ", gaps)}. The ML join will drop their rows.", metadata);
    }
}
