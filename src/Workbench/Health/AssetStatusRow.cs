namespace Lineage.Workbench.Health;

/// <summary>
/// One asset's row of the status matrix: a letter per date (see <see cref="PartitionHealthLegend"/>) and, for the
/// dates that are not fresh, the reasons joined into one line.
/// </summary>
public sealed record AssetStatusRow(string Key, string Statuses, IReadOnlyDictionary<string, string> Reasons);
