using System.Text.Json;

namespace Lineage.Workbench.Catalog.Plots;

/// <summary>Turns ml_iteration_features rows into plot series and experiment choices.</summary>
public static class IterationSeries
{
    /// <summary>
    /// The energy and cumulative minimum series of each asked experiment, in the asked order, each ordered by
    /// iteration step; rows of other experiments are ignored, null energies leave a gap.
    /// </summary>
    public static IReadOnlyList<EnergySeries> Extract(
        IEnumerable<JsonElement> rows, IReadOnlyList<string> experiments, IReadOnlyDictionary<string, string>? labels = null)
    {
        var wanted = experiments.ToHashSet(StringComparer.Ordinal);
        var byExperiment = rows
            .Where(r => Text(r, "experiment_id") is { } id && wanted.Contains(id))
            .GroupBy(r => Text(r, "experiment_id")!)
            .ToDictionary(g => g.Key, g => g.OrderBy(r => r.GetProperty("iteration_step").GetInt32()).ToList());
        return experiments
            .Where(byExperiment.ContainsKey)
            .Select(id => new EnergySeries(
                id,
                labels?.GetValueOrDefault(id) ?? ShortId(id),
                Points(byExperiment[id], "energy"),
                Points(byExperiment[id], "cumulative_min_energy")))
            .ToList();
    }

    /// <summary>The distinct experiments of the rows, labelled by molecule, basis set and optimizer, in label order.</summary>
    public static IReadOnlyList<ExperimentChoice> Choices(IEnumerable<JsonElement> rows) =>
        rows.GroupBy(r => Text(r, "experiment_id") ?? "")
            .Where(g => g.Key.Length > 0)
            .Select(g => new ExperimentChoice(g.Key, Label(g.First(), g.Key)))
            .OrderBy(c => c.Label, StringComparer.Ordinal)
            .ToList();

    public static string ShortId(string experimentId) => experimentId.Length > 8 ? experimentId[..8] : experimentId;

    private static string Label(JsonElement row, string id)
    {
        var parts = new[] { Text(row, "molecule_name"), Text(row, "basis_set"), Text(row, "optimizer") }.Where(p => p is { Length: > 0 });
        return $"{string.Join(" · ", parts)} ({ShortId(id)})".TrimStart();
    }

    private static List<EnergyPoint> Points(List<JsonElement> rows, string column) =>
        rows.Where(r => r.TryGetProperty(column, out var v) && v.ValueKind == JsonValueKind.Number)
            .Select(r => new EnergyPoint(r.GetProperty("iteration_step").GetInt32(), r.GetProperty(column).GetDouble()))
            .ToList();

    private static string? Text(JsonElement row, string column) =>
        row.TryGetProperty(column, out var value) && value.ValueKind == JsonValueKind.String ? value.GetString() : null;
}
