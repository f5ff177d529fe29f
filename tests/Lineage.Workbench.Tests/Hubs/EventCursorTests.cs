using Lineage.Workbench.Hubs;

namespace Lineage.Workbench.Tests.Hubs;

public sealed class EventCursorTests
{
    private static readonly TimeSpan Grace = TimeSpan.FromSeconds(2);
    private static readonly DateTimeOffset Start = new(2026, 11, 22, 8, 0, 0, TimeSpan.Zero);

    private static DateTimeOffset At(double seconds) => Start.AddSeconds(seconds);

    [Fact]
    public void Consecutive_ids_all_go_out_at_once()
    {
        var cursor = new EventCursor(10, Grace);

        Assert.Equal(3, cursor.Advance([11, 12, 13], At(0)));
        Assert.Equal(13, cursor.Position);
    }

    [Fact]
    public void Nothing_visible_changes_nothing()
    {
        var cursor = new EventCursor(10, Grace);

        Assert.Equal(0, cursor.Advance([], At(0)));
        Assert.Equal(10, cursor.Position);
    }

    [Fact]
    public void Events_after_a_gap_wait_for_it()
    {
        var cursor = new EventCursor(10, Grace);

        Assert.Equal(1, cursor.Advance([11, 13, 14], At(0)));
        Assert.Equal(11, cursor.Position);
        Assert.Equal(0, cursor.Advance([13, 14], At(1)));
        Assert.Equal(11, cursor.Position);
    }

    [Fact]
    public void A_gap_that_fills_releases_everything_in_order()
    {
        var cursor = new EventCursor(10, Grace);
        cursor.Advance([11, 13, 14], At(0));

        Assert.Equal(3, cursor.Advance([12, 13, 14], At(0.5)));
        Assert.Equal(14, cursor.Position);
    }

    [Fact]
    public void A_gap_missing_for_the_grace_period_is_skipped()
    {
        var cursor = new EventCursor(10, Grace);
        cursor.Advance([13, 14], At(0));

        Assert.Equal(0, cursor.Advance([13, 14], At(1.9)));
        Assert.Equal(2, cursor.Advance([13, 14], At(2)));
        Assert.Equal(14, cursor.Position);
    }

    [Fact]
    public void A_gap_is_as_old_as_the_first_sighting_of_an_event_above_it()
    {
        var cursor = new EventCursor(10, Grace);
        cursor.Advance([12], At(0));
        cursor.Advance([12, 13], At(1));

        // 11 has been missing since 12 was first seen, not since the latest read.
        Assert.Equal(3, cursor.Advance([12, 13, 14], At(2)));
        Assert.Equal(14, cursor.Position);
    }

    [Fact]
    public void A_later_gap_gets_its_own_grace_period()
    {
        var cursor = new EventCursor(10, Grace);
        cursor.Advance([12], At(0));
        cursor.Advance([12, 14], At(1));

        // 11 expires at 2 s; 13 was first missing when 14 appeared at 1 s, so it expires at 3 s.
        Assert.Equal(1, cursor.Advance([12, 14], At(2)));
        Assert.Equal(12, cursor.Position);
        Assert.Equal(1, cursor.Advance([14], At(3)));
        Assert.Equal(14, cursor.Position);
    }

    [Fact]
    public void Gaps_seen_together_expire_together()
    {
        var cursor = new EventCursor(10, Grace);
        cursor.Advance([12, 14, 16], At(0));

        Assert.Equal(3, cursor.Advance([12, 14, 16], At(2)));
        Assert.Equal(16, cursor.Position);
    }

    [Fact]
    public void A_gap_filled_partly_keeps_holding_what_is_above_the_rest()
    {
        var cursor = new EventCursor(10, Grace);
        cursor.Advance([14], At(0));

        Assert.Equal(2, cursor.Advance([11, 12, 14], At(1)));
        Assert.Equal(12, cursor.Position);
        Assert.Equal(1, cursor.Advance([14], At(2)));
        Assert.Equal(14, cursor.Position);
    }

    [Fact]
    public void Ids_out_of_order_are_refused()
    {
        var cursor = new EventCursor(10, Grace);

        Assert.Throws<ArgumentException>(() => cursor.Advance([12, 11], At(0)));
    }

    [Fact]
    public void Ids_at_or_below_the_position_are_refused()
    {
        var cursor = new EventCursor(10, Grace);

        var refused = Assert.Throws<ArgumentException>(() => cursor.Advance([10, 11], At(0)));
        Assert.Contains("10", refused.Message);
    }
}
