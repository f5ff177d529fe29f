using Lineage.Assets.Keys;

namespace Lineage.Workbench.Orchestration.Freshness;

/// <summary>
/// How far an asset trails its upstream at one moment. <see cref="Lag"/> is zero when every upstream record is
/// reflected; otherwise it runs from <see cref="OldestUnreflectedAt"/>, the oldest upstream record the asset has not
/// caught up with, found in <see cref="Partition"/>. <see cref="Overdue"/> when the lag exceeds <see cref="MaxLag"/>.
/// </summary>
public sealed record AssetFreshness(
    AssetKey Asset,
    TimeSpan MaxLag,
    TimeSpan Lag,
    bool Overdue,
    DateTimeOffset? OldestUnreflectedAt,
    string? Partition);
