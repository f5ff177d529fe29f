using System.Text.Json.Nodes;
using Lineage.Assets.Keys;
using Lineage.Assets.Specs;

using Lineage.Materializers.Tables;

namespace Lineage.Materializers.Checks;

/// <summary>keys_not_null: no row of the partition has a null in any of the table's key columns.</summary>
internal sealed class KeysNotNullCheck(AssetSpec spec) : IAssetCheckEvaluator
{
    public const string Name = "keys_not_null";

    private readonly IReadOnlyList<string> _keyColumns = spec.KeyColumns;

    public AssetKey Asset => spec.Key;

    public string CheckName => Name;

    public async Task<CheckOutcome> EvaluateAsync(CheckContext context, CancellationToken cancellationToken)
    {
        var nullCounts = new long[_keyColumns.Count];
        var examples = new CheckExamples();
        long rows = 0;
        await foreach (var batch in context.Tables.ReadAsync(Asset, context.Partition, QuantumColumns.WithExperimentId(_keyColumns), cancellationToken))
        {
            var keys = _keyColumns.Select(name => batch.Column(name)).ToArray();
            var ids = batch.Column(QuantumColumns.ExperimentId);
            for (var row = 0; row < batch.Length; row++)
            {
                JsonArray? nullColumns = null;
                for (var k = 0; k < keys.Length; k++)
                {
                    if (!keys[k].IsNull(row))
                        continue;
                    nullCounts[k]++;
                    (nullColumns ??= []).Add(_keyColumns[k]);
                }
                if (nullColumns is not null)
                    examples.Add(new JsonObject { ["row"] = rows + row, ["experiment_id"] = BatchColumns.Text(ids, row), ["null_columns"] = nullColumns });
            }
            rows += batch.Length;
        }

        var perColumn = new JsonObject();
        for (var k = 0; k < _keyColumns.Count; k++)
            perColumn[_keyColumns[k]] = nullCounts[k];
        var metadata = examples.WriteTo(new JsonObject { ["rows_checked"] = rows, ["null_counts"] = perColumn }, "rows_with_null_key");
        var key = string.Join(", ", _keyColumns);
        if (examples.Count == 0)
            return CheckOutcome.Pass($"None of the {rows} rows has a null in its key ({key}).", metadata);
        var columns = string.Join(", ", _keyColumns.Where((_, k) => nullCounts[k] > 0));
        return CheckOutcome.Fail(
            $"{examples.Count} of {rows} rows have a null in their key ({key}); null in: {columns}. " +
            "See rows_with_null_key_examples for the rows (position in the partition and experiment_id).",
            metadata);
    }
}
