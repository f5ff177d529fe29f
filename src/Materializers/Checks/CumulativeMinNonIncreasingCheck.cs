using System.Text.Json.Nodes;
using Lineage.Assets.Keys;
using Lineage.Assets.Quantum;

using Lineage.Materializers.Tables;

namespace Lineage.Materializers.Checks;

/// <summary>
/// vqe_iterations / cumulative_min_non_increasing: within each experiment, in iteration_step order, the non-null
/// cumulative_min_energy values never increase.
/// </summary>
internal sealed class CumulativeMinNonIncreasingCheck : IAssetCheckEvaluator
{
    public const string Name = "cumulative_min_non_increasing";

    private static readonly IReadOnlyList<string> Columns =
        [QuantumColumns.ExperimentId, QuantumColumns.IterationStep, QuantumColumns.CumulativeMinEnergy];

    public AssetKey Asset => QuantumAssetKeys.VqeIterations;

    public string CheckName => Name;

    public async Task<CheckOutcome> EvaluateAsync(CheckContext context, CancellationToken cancellationToken)
    {
        // The rows of one experiment arrive together (the writer writes experiment by experiment), so one
        // experiment's steps are buffered at a time and sorted by step when the next experiment starts.
        var steps = new List<(int Step, double Minimum)>();
        var cursor = new ExperimentCursor();
        string? experiment = null;
        var rises = new CheckExamples();
        var experiments = 0;
        await foreach (var batch in context.Tables.ReadAsync(Asset, context.Partition, Columns, cancellationToken))
        {
            var ids = new BatchColumns(batch, Asset.Name).Strings(QuantumColumns.ExperimentId);
            var stepValues = new BatchColumns(batch, Asset.Name).Ints(QuantumColumns.IterationStep);
            var minima = new BatchColumns(batch, Asset.Name).Doubles(QuantumColumns.CumulativeMinEnergy);
            for (var row = 0; row < batch.Length; row++)
            {
                if (cursor.MoveTo(ids, row))
                {
                    FindRises(experiment, steps, rises);
                    (experiment, experiments) = (cursor.Current, experiments + 1);
                }
                if (!minima.IsNull(row) && !stepValues.IsNull(row))
                    steps.Add((stepValues.Values[row], minima.Values[row]));
            }
        }
        FindRises(experiment, steps, rises);

        var metadata = rises.WriteTo(new JsonObject { ["experiments_checked"] = experiments }, "rises");
        return rises.Count == 0
            ? CheckOutcome.Pass($"cumulative_min_energy never increases within any of the {experiments} experiments.", metadata)
            : CheckOutcome.Fail(
                $"cumulative_min_energy rose {rises.Count} times (nulls skipped): " +
                $"{rises.Sample(r => $"{r["experiment_id"]} at step {r["iteration_step"]}")}.",
                metadata);
    }

    private static void FindRises(string? experiment, List<(int Step, double Minimum)> steps, CheckExamples rises)
    {
        steps.Sort((a, b) => a.Step.CompareTo(b.Step));
        for (var i = 1; i < steps.Count; i++)
        {
            if (steps[i].Minimum > steps[i - 1].Minimum)
            {
                rises.Add(new JsonObject
                {
                    ["experiment_id"] = experiment,
                    ["iteration_step"] = steps[i].Step,
                    ["previous_step"] = steps[i - 1].Step,
                    ["previous_cumulative_min_energy"] = steps[i - 1].Minimum,
                    ["cumulative_min_energy"] = steps[i].Minimum,
                });
            }
        }
        steps.Clear();
    }
}
