using Lineage.Assets.Quantum;

namespace Lineage.Workbench.Orchestration.Automation;

/// <summary>
/// Eager materialization, from <c>Lineage:Automation</c>: <c>Enabled</c> (default true) and <c>Eager</c>, the assets (names or keys)
/// that follow their upstream: a list (<c>Eager:0</c>, <c>Eager:1</c>, …) or one comma-separated value; an empty value makes none eager.
/// Default: the two ML tables.
/// </summary>
public sealed class AutomationOptions
{
    public const string SectionName = "Lineage:Automation";

    public bool Enabled { get; init; } = true;

    public IReadOnlyList<string> Eager { get; init; } = [QuantumAssetKeys.MlIterationFeatures.Name, QuantumAssetKeys.MlRunSummary.Name];

    public static AutomationOptions From(IConfiguration configuration)
    {
        var section = configuration.GetSection(SectionName);
        var defaults = new AutomationOptions();
        return new AutomationOptions
        {
            Enabled = section[nameof(Enabled)] is { } enabled && !string.IsNullOrWhiteSpace(enabled)
                ? bool.TryParse(enabled.Trim(), out var value)
                    ? value
                    : throw new AutomationConfigurationException($"{SectionName}:{nameof(Enabled)} is '{enabled}': write true or false.")
                : defaults.Enabled,
            Eager = ReadEager(section.GetSection(nameof(Eager))) ?? defaults.Eager,
        };
    }

    private static IReadOnlyList<string>? ReadEager(IConfigurationSection section)
    {
        if (section.Value is { } text)
            return text.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        var items = section.GetChildren().Select(c => c.Value?.Trim()).OfType<string>().Where(v => v.Length > 0).ToList();
        return items.Count > 0 ? items : null;
    }
}
