using System.Text.Json.Nodes;
using Lineage.Assets.Keys;
using Lineage.Assets.Quantum;

namespace Lineage.Materializers.Checks;

/// <summary>
/// ml_iteration_features / fan_out_guard: per experiment, no more feature rows than vqe_iterations rows; more means
/// the join matched several context rows of one experiment.
/// </summary>
internal sealed class FanOutGuardCheck : IAssetCheckEvaluator
{
    public const string Name = "fan_out_guard";

    public AssetKey Asset => QuantumAssetKeys.MlIterationFeatures;

    public string CheckName => Name;

    public async Task<CheckOutcome> EvaluateAsync(CheckContext context, CancellationToken cancellationToken)
    {
        var (features, featureRows) = await ExperimentRowCounts.ReadAsync(context, Asset, cancellationToken);
        var (iterations, _) = await ExperimentRowCounts.ReadAsync(context, QuantumAssetKeys.VqeIterations, cancellationToken);
        var offenders = new CheckExamples();
        long iterationRows = 0;
        foreach (var (experiment, rows) in features)
        {
            var available = iterations.GetValueOrDefault(experiment);
            iterationRows += available;
            if (rows > available)
                offenders.Add(new JsonObject { ["experiment_id"] = experiment, ["ml_rows"] = rows, ["iteration_rows"] = available });
        }
        var metadata = offenders.WriteTo(
            new JsonObject { ["ml_rows"] = featureRows, ["iteration_rows_of_same_experiments"] = iterationRows, ["experiments"] = features.Count },
            "fanned_out_experiments");
        return offenders.Count == 0
            ? CheckOutcome.Pass(
                $"The {featureRows} feature rows do not exceed the {iterationRows} vqe_iterations rows of their {features.Count} experiments.",
                metadata)
            : CheckOutcome.Fail(
                $"{offenders.Count} experiments have more feature rows than vqe_iterations rows (the join matched several " +
                $"context rows): {offenders.Sample(o => $"{o["experiment_id"]} {o["ml_rows"]} > {o["iteration_rows"]}")}.",
                metadata);
    }
}
