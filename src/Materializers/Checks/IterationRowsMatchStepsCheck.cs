using System.Text.Json.Nodes;
using Lineage.Assets.Keys;
using Lineage.Assets.Quantum;

namespace Lineage.Materializers.Checks;

/// <summary>
/// vqe_iterations / iteration_rows_match_steps: the partition has one row per distinct iteration number of each
/// experiment, as the run counted them in the raw records (<see cref="MaterializationFacts.DistinctIterationSteps"/>).
/// </summary>
internal sealed class IterationRowsMatchStepsCheck : IAssetCheckEvaluator
{
    public const string Name = "iteration_rows_match_steps";

    public AssetKey Asset => QuantumAssetKeys.VqeIterations;

    public string CheckName => Name;

    public async Task<CheckOutcome> EvaluateAsync(CheckContext context, CancellationToken cancellationToken)
    {
        var expected = context.Facts.DistinctIterationSteps;
        var (rows, total) = await ExperimentRowCounts.ReadAsync(context, Asset, cancellationToken);
        var expectedTotal = expected.Values.Sum(steps => (long)steps);
        var mismatches = new CheckExamples();
        foreach (var (experiment, steps) in expected)
        {
            var written = rows.GetValueOrDefault(experiment);
            if (written != steps)
                mismatches.Add(new JsonObject { ["experiment_id"] = experiment, ["rows"] = written, ["distinct_steps"] = steps });
        }
        foreach (var (experiment, written) in rows)
        {
            if (!expected.ContainsKey(experiment))
                mismatches.Add(new JsonObject { ["experiment_id"] = experiment, ["rows"] = written, ["distinct_steps"] = null });
        }
        var metadata = mismatches.WriteTo(
            new JsonObject { ["rows"] = total, ["distinct_steps_total"] = expectedTotal, ["experiments"] = expected.Count },
            "mismatched_experiments");
        if (total == expectedTotal && mismatches.Count == 0)
            return CheckOutcome.Pass($"The {total} rows match the distinct iteration steps of the {expected.Count} experiments.", metadata);
        return CheckOutcome.Fail(
            $"vqe_iterations has {total} rows but the raw records hold {expectedTotal} distinct iteration steps; " +
            $"{mismatches.Count} experiments differ (distinct_steps null = not written by this run): " +
            $"{mismatches.Sample(m => $"{m["experiment_id"]} has {m["rows"]} rows for {m["distinct_steps"]?.ToJsonString() ?? "no"} steps")}.",
            metadata);
    }
}
