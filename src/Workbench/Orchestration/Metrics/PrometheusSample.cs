namespace Lineage.Workbench.Orchestration.Metrics;

/// <summary>One value of a metric with its labels (name, value), in the order they are written.</summary>
public sealed record PrometheusSample(double Value, IReadOnlyList<KeyValuePair<string, string>> Labels)
{
    public static PrometheusSample Of(double value, params (string Name, string Value)[] labels) =>
        new(value, labels.Select(l => KeyValuePair.Create(l.Name, l.Value)).ToList());
}
