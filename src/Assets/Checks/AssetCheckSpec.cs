using Lineage.Assets.Keys;

namespace Lineage.Assets.Checks;

/// <summary>
/// A declared data-quality check on one asset. A failing <see cref="Blocking"/> check stops
/// downstream materialization of the partition it failed on.
/// </summary>
public sealed record AssetCheckSpec(
    string Name,
    AssetKey Asset,
    string Description,
    AssetCheckSeverity Severity,
    bool Blocking);
