using System.Text.Json.Nodes;
using Lineage.Assets.Keys;
using Lineage.Assets.Quantum;

namespace Lineage.Materializers.Checks;

/// <summary>
/// ml_iteration_features / required_fields_present: no joined row was dropped for a null molecule_name, optimizer,
/// basis_set or num_qubits (<see cref="MaterializationFacts.DroppedMlRows"/>).
/// </summary>
internal sealed class RequiredFieldsPresentCheck : IAssetCheckEvaluator
{
    public const string Name = "required_fields_present";

    public AssetKey Asset => QuantumAssetKeys.MlIterationFeatures;

    public string CheckName => Name;

    public Task<CheckOutcome> EvaluateAsync(CheckContext context, CancellationToken cancellationToken)
    {
        var dropped = context.Facts.DroppedMlRows;
        var examples = new CheckExamples();
        var nullCounts = new SortedDictionary<string, int>(StringComparer.Ordinal);
        var experiments = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in dropped)
        {
            experiments.Add(row.ExperimentId);
            foreach (var column in row.NullColumns)
                nullCounts[column] = nullCounts.GetValueOrDefault(column) + 1;
            examples.Add(new JsonObject
            {
                ["experiment_id"] = row.ExperimentId,
                ["iteration_step"] = row.IterationStep,
                ["null_columns"] = new JsonArray([.. row.NullColumns.Select(c => JsonValue.Create(c))]),
            });
        }
        var perColumn = new JsonObject();
        foreach (var (column, count) in nullCounts)
            perColumn[column] = count;
        var metadata = examples.WriteTo(
            new JsonObject { ["experiments_affected"] = experiments.Count, ["null_counts"] = perColumn }, "dropped_rows");
        if (dropped.Count == 0)
            return Task.FromResult(CheckOutcome.Pass("No joined row was dropped for a null required field.", metadata));
        return Task.FromResult(CheckOutcome.Fail(
            $"{dropped.Count} joined rows of {experiments.Count} experiments were dropped for null " +
            $"{string.Join(", ", nullCounts.Keys)}: the context tables are missing those experiments " +
            $"({examples.Sample(r => $"{r["experiment_id"]} step {r["iteration_step"]}")}).",
            metadata));
    }
}
