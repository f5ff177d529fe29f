using System.Text.Json.Nodes;
using Lineage.Assets.Keys;
using Lineage.Assets.Quantum;

using Lineage.Materializers.Tables;

namespace Lineage.Materializers.Checks;

/// <summary>
/// ml_iteration_features / relative_iteration_in_range: every relative_iteration lies in (0, 1]. A null counts as
/// out of range: the column is required, and a null means the step could not be placed within total_iterations.
/// </summary>
internal sealed class RelativeIterationInRangeCheck : IAssetCheckEvaluator
{
    public const string Name = "relative_iteration_in_range";

    private const string NullRule = "a null counts as out of range";

    private static readonly IReadOnlyList<string> Columns =
        [QuantumColumns.ExperimentId, QuantumColumns.IterationStep, QuantumColumns.RelativeIteration];

    public AssetKey Asset => QuantumAssetKeys.MlIterationFeatures;

    public string CheckName => Name;

    public async Task<CheckOutcome> EvaluateAsync(CheckContext context, CancellationToken cancellationToken)
    {
        var outside = new CheckExamples();
        long rows = 0, nulls = 0;
        await foreach (var batch in context.Tables.ReadAsync(Asset, context.Partition, Columns, cancellationToken))
        {
            var ids = new BatchColumns(batch, Asset.Name).Strings(QuantumColumns.ExperimentId);
            var steps = new BatchColumns(batch, Asset.Name).Ints(QuantumColumns.IterationStep);
            var relative = new BatchColumns(batch, Asset.Name).Doubles(QuantumColumns.RelativeIteration);
            for (var row = 0; row < batch.Length; row++)
            {
                var isNull = relative.IsNull(row);
                // Written as a negated range test so that NaN falls outside too.
                if (!isNull && relative.Values[row] > 0 && relative.Values[row] <= 1)
                    continue;
                nulls += isNull ? 1 : 0;
                outside.Add(new JsonObject
                {
                    ["experiment_id"] = BatchColumns.Text(ids, row),
                    ["iteration_step"] = steps.IsNull(row) ? null : steps.Values[row],
                    ["relative_iteration"] = isNull ? null : RelativeValue(relative.Values[row]),
                });
            }
            rows += batch.Length;
        }
        var metadata = outside.WriteTo(new JsonObject { ["rows_checked"] = rows, ["null_values"] = nulls }, "out_of_range");
        return outside.Count == 0
            ? CheckOutcome.Pass($"All {rows} relative_iteration values lie in (0, 1] ({NullRule}; there were none).", metadata)
            : CheckOutcome.Fail(
                $"{outside.Count} of {rows} rows have relative_iteration outside (0, 1], {nulls} of them null ({NullRule}): " +
                $"{outside.Sample(o => $"{o["experiment_id"]} step {o["iteration_step"]} = {o["relative_iteration"]?.ToJsonString() ?? "null"}")}.",
                metadata);
    }

    /// <summary>JSON has no NaN or infinity; those are kept as text.</summary>
    private static JsonNode RelativeValue(double value) =>
        double.IsFinite(value) ? JsonValue.Create(value) : JsonValue.Create(value.ToString(System.Globalization.CultureInfo.InvariantCulture));
}
