using Lineage.Assets.Keys;

namespace Lineage.Workbench.Orchestration.Freshness;

/// <summary>
/// Remembers, in memory, which assets were overdue at the previous evaluation, so that an alert goes out when an
/// asset becomes overdue and not again until it has caught up and fallen behind once more. Not thread-safe.
/// </summary>
public sealed class OverdueTransitions
{
    private readonly HashSet<AssetKey> _overdue = [];

    /// <summary>Takes an evaluation in and returns the assets overdue now that were not before.</summary>
    public IReadOnlyList<AssetFreshness> Advance(IReadOnlyList<AssetFreshness> evaluation)
    {
        _overdue.IntersectWith(evaluation.Where(f => f.Overdue).Select(f => f.Asset));
        return evaluation.Where(f => f.Overdue && _overdue.Add(f.Asset)).ToList();
    }

    /// <summary>Forgets that <paramref name="asset"/> is overdue, so the next evaluation that finds it overdue reports it again.</summary>
    public void Forget(AssetKey asset) => _overdue.Remove(asset);
}
