using System.Text.Json.Nodes;
using Lineage.Assets.Keys;
using Lineage.Assets.Quantum;
using Lineage.Assets.Specs;

using Lineage.Materializers.Tables;

namespace Lineage.Materializers.Checks;

/// <summary>
/// keys_unique: no two rows of the partition share the table's key. For the base tables the metadata also lists the
/// raw files superseded by a later file of the same experiment; they were resolved before writing, so they do not
/// fail the check by themselves.
/// </summary>
internal sealed class KeysUniqueCheck(AssetSpec spec) : IAssetCheckEvaluator
{
    public const string Name = "keys_unique";

    private readonly IReadOnlyList<string> _keyColumns = spec.KeyColumns;
    private readonly bool _readFromRawFiles = QuantumAssetKeys.BaseTables.Contains(spec.Key);

    public AssetKey Asset => spec.Key;

    public string CheckName => Name;

    public async Task<CheckOutcome> EvaluateAsync(CheckContext context, CancellationToken cancellationToken)
    {
        // Memory must not grow with the partition: the writer writes experiment by experiment, so the rows of one
        // experiment arrive contiguously. Keys are therefore compared within the current experiment only (a set
        // cleared when the next experiment starts), and finished experiments are remembered by id; an experiment
        // whose rows appear again after another one started breaks that order and is reported as a duplicate-key
        // failure, since its keys may repeat across the two runs without being compared.
        var rowKey = new RowKey(_keyColumns.Select(Column).ToList());
        var cursor = new ExperimentCursor();
        var finished = new HashSet<string>(StringComparer.Ordinal);
        var keysOfExperiment = new ByteKeySet();
        var duplicates = new CheckExamples();
        var scattered = new CheckExamples();
        var reportedScattered = new HashSet<string>(StringComparer.Ordinal);
        long rows = 0;
        await foreach (var batch in context.Tables.ReadAsync(Asset, context.Partition, QuantumColumns.WithExperimentId(_keyColumns), cancellationToken))
        {
            var ids = new BatchColumns(batch, Asset.Name).Strings(QuantumColumns.ExperimentId);
            var keys = _keyColumns.Select(name => batch.Column(name)).ToArray();
            for (var row = 0; row < batch.Length; row++)
            {
                if (cursor.MoveTo(ids, row))
                {
                    keysOfExperiment.Clear();
                    if (cursor.Current is { } experiment && !finished.Add(experiment) && reportedScattered.Add(experiment))
                        scattered.Add(experiment);
                }
                var rowKeyBytes = rowKey.Of(keys, row);
                if (!keysOfExperiment.Add(rowKeyBytes))
                    duplicates.Add(rowKey.Describe(rowKeyBytes));
            }
            rows += batch.Length;
        }

        var metadata = new JsonObject { ["rows_checked"] = rows, ["key_columns"] = new JsonArray([.. _keyColumns.Select(c => JsonValue.Create(c))]) };
        duplicates.WriteTo(metadata, "duplicate_keys");
        scattered.WriteTo(metadata, "non_contiguous_experiments");
        var superseded = _readFromRawFiles ? WriteSuperseded(metadata, context.Facts) : "";
        var key = string.Join(", ", _keyColumns);
        if (duplicates.Count == 0 && scattered.Count == 0)
            return CheckOutcome.Pass($"All {rows} keys ({key}) are unique.{superseded}", metadata);

        var problems = new List<string>();
        if (duplicates.Count > 0)
            problems.Add($"{duplicates.Count} rows repeat a key ({key}) already seen: {duplicates.Sample(k => k.ToJsonString())}");
        if (scattered.Count > 0)
            problems.Add(
                $"{scattered.Count} experiments have rows in more than one place of the partition (possible duplicate keys " +
                $"across them): {scattered.Sample(e => e.GetValue<string>())}");
        return CheckOutcome.Fail($"{string.Join(". ", problems)}.{superseded}", metadata);
    }

    private static string WriteSuperseded(JsonObject metadata, MaterializationFacts facts)
    {
        var files = new JsonArray();
        foreach (var file in facts.SupersededFiles)
            files.Add(new JsonObject { ["file"] = file.File, ["experiment_id"] = file.ExperimentId, ["superseded_by"] = file.SupersededBy });
        metadata["superseded_files_count"] = facts.SupersededFiles.Count;
        metadata["superseded_files"] = files;
        return facts.SupersededFiles.Count == 0
            ? ""
            : $" {facts.SupersededFiles.Count} raw files were superseded by a later file of the same experiment and not " +
              "written (see superseded_files).";
    }

    private ColumnSpec Column(string name) =>
        spec.FindColumn(name) ?? throw new InvalidOperationException($"key column {name} of {spec.Key} is not among its columns");
}
