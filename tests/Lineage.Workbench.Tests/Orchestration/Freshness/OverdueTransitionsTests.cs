using Lineage.Assets.Keys;
using Lineage.Workbench.Orchestration.Freshness;
using static Lineage.Assets.Quantum.QuantumAssetKeys;

namespace Lineage.Workbench.Tests.Orchestration.Freshness;

/// <summary>An alert goes out when an asset becomes overdue, not on every evaluation that finds it overdue.</summary>
public sealed class OverdueTransitionsTests
{
    private static AssetFreshness State(AssetKey asset, bool overdue) =>
        new(asset, TimeSpan.FromMinutes(45), overdue ? TimeSpan.FromHours(1) : TimeSpan.Zero, overdue, null, null);

    [Fact]
    public void An_asset_that_stays_overdue_is_reported_once()
    {
        var transitions = new OverdueTransitions();

        var first = transitions.Advance([State(Molecules, true), State(MlRunSummary, false)]);
        var second = transitions.Advance([State(Molecules, true), State(MlRunSummary, false)]);

        Assert.Equal([Molecules], first.Select(f => f.Asset));
        Assert.Empty(second);
    }

    [Fact]
    public void An_asset_that_catches_up_and_falls_behind_again_is_reported_again()
    {
        var transitions = new OverdueTransitions();
        transitions.Advance([State(Molecules, true)]);

        var caughtUp = transitions.Advance([State(Molecules, false)]);
        var behindAgain = transitions.Advance([State(Molecules, true)]);

        Assert.Empty(caughtUp);
        Assert.Equal([Molecules], behindAgain.Select(f => f.Asset));
    }

    [Fact]
    public void Each_asset_has_its_own_transition()
    {
        var transitions = new OverdueTransitions();
        transitions.Advance([State(Molecules, true), State(MlRunSummary, false)]);

        var next = transitions.Advance([State(Molecules, true), State(MlRunSummary, true)]);

        Assert.Equal([MlRunSummary], next.Select(f => f.Asset));
    }

    [Fact]
    public void A_forgotten_asset_is_reported_at_the_next_evaluation()
    {
        var transitions = new OverdueTransitions();
        transitions.Advance([State(Molecules, true)]);

        transitions.Forget(Molecules);

        Assert.Equal([Molecules], transitions.Advance([State(Molecules, true)]).Select(f => f.Asset));
    }
}
