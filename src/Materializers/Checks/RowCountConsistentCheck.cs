using System.Text.Json.Nodes;
using Lineage.Assets.Keys;
using Lineage.Assets.Quantum;

namespace Lineage.Materializers.Checks;

/// <summary>vqe_iterations / row_count_consistent: at least as many iteration rows as vqe_results rows in the partition.</summary>
internal sealed class RowCountConsistentCheck : IAssetCheckEvaluator
{
    public const string Name = "row_count_consistent";

    public AssetKey Asset => QuantumAssetKeys.VqeIterations;

    public string CheckName => Name;

    public async Task<CheckOutcome> EvaluateAsync(CheckContext context, CancellationToken cancellationToken)
    {
        var (results, resultRows) = await ExperimentRowCounts.ReadAsync(context, QuantumAssetKeys.VqeResults, cancellationToken);
        var (iterations, iterationRows) = await ExperimentRowCounts.ReadAsync(context, Asset, cancellationToken);
        var withoutIterations = new CheckExamples();
        foreach (var experiment in results.Keys)
        {
            if (!iterations.ContainsKey(experiment))
                withoutIterations.Add(experiment);
        }
        var metadata = withoutIterations.WriteTo(
            new JsonObject { ["iteration_rows"] = iterationRows, ["vqe_results_rows"] = resultRows },
            "experiments_without_iterations");
        var detail = withoutIterations.Count == 0
            ? ""
            : $" {withoutIterations.Count} experiments of vqe_results have no iteration rows: {withoutIterations.Sample(e => e.GetValue<string>())}.";
        return iterationRows >= resultRows
            ? CheckOutcome.Pass($"vqe_iterations has {iterationRows} rows for {resultRows} vqe_results rows.{detail}", metadata)
            : CheckOutcome.Fail(
                $"vqe_iterations has {iterationRows} rows, fewer than the {resultRows} rows of vqe_results; raw records may be " +
                $"truncated.{detail}",
                metadata);
    }
}
