using System.Text.Json.Nodes;
using Lineage.Assets.Keys;
using Lineage.Assets.Quantum;

namespace Lineage.Materializers.Checks;

/// <summary>
/// ml_run_summary / one_row_per_experiment: exactly one summary row for each experiment of ml_iteration_features in
/// the partition, and none for other experiments.
/// </summary>
internal sealed class OneRowPerExperimentCheck : IAssetCheckEvaluator
{
    public const string Name = "one_row_per_experiment";

    public AssetKey Asset => QuantumAssetKeys.MlRunSummary;

    public string CheckName => Name;

    public async Task<CheckOutcome> EvaluateAsync(CheckContext context, CancellationToken cancellationToken)
    {
        var (features, _) = await ExperimentRowCounts.ReadAsync(context, QuantumAssetKeys.MlIterationFeatures, cancellationToken);
        var (summaries, summaryRows) = await ExperimentRowCounts.ReadAsync(context, Asset, cancellationToken);
        var missing = new CheckExamples();
        var repeated = new CheckExamples();
        var unexpected = new CheckExamples();
        foreach (var experiment in features.Keys)
        {
            if (!summaries.ContainsKey(experiment))
                missing.Add(experiment);
        }
        foreach (var (experiment, rows) in summaries)
        {
            if (!features.ContainsKey(experiment))
                unexpected.Add(experiment);
            if (rows > 1)
                repeated.Add(new JsonObject { ["experiment_id"] = experiment, ["rows"] = rows });
        }
        var metadata = new JsonObject { ["summary_rows"] = summaryRows, ["feature_experiments"] = features.Count };
        missing.WriteTo(metadata, "missing_experiments");
        repeated.WriteTo(metadata, "repeated_experiments");
        unexpected.WriteTo(metadata, "unexpected_experiments");

        var problems = new List<string>();
        if (missing.Count > 0)
            problems.Add($"{missing.Count} experiments of ml_iteration_features have no summary row ({missing.Sample(e => e.GetValue<string>())})");
        if (repeated.Count > 0)
            problems.Add($"{repeated.Count} experiments have several summary rows ({repeated.Sample(r => $"{r["experiment_id"]} × {r["rows"]}")})");
        if (unexpected.Count > 0)
            problems.Add($"{unexpected.Count} summary rows belong to experiments absent from ml_iteration_features ({unexpected.Sample(e => e.GetValue<string>())})");
        return problems.Count == 0
            ? CheckOutcome.Pass($"Each of the {features.Count} experiments of ml_iteration_features has exactly one summary row.", metadata)
            : CheckOutcome.Fail($"{string.Join("; ", problems)}.", metadata);
    }
}
