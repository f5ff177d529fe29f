using Lineage.Workbench.Components.RunViews;
using Lineage.Workbench.Orchestration.Runs;

namespace Lineage.Workbench.Tests.Components.RunViews;

public sealed class GanttLayoutTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 22, 8, 0, 0, TimeSpan.Zero);

    internal static RunStepView Step(long id, string status, double? queued, double? started, double? finished, string? error = null) => new(
        id, $"quantum_features/asset_{id}", "2026-11-19", "2026-11-19/base", status, 1,
        queued is { } q ? T0.AddSeconds(q) : null, started is { } s ? T0.AddSeconds(s) : null, finished is { } f ? T0.AddSeconds(f) : null,
        null, null, "node-a", null, null, error);

    [Fact]
    public void Bars_span_from_start_to_finish_on_a_shared_axis_from_the_first_queued_step()
    {
        var chart = GanttLayout.Compute([Step(1, "succeeded", 0, 0, 10), Step(2, "succeeded", 0, 10, 20)], T0.AddSeconds(60), width: 480);

        var plot = chart.Width - GanttLayout.LabelWidth;
        Assert.Equal(GanttLayout.LabelWidth, chart.Bars[0].X, 3);
        Assert.Equal(plot / 2, chart.Bars[0].Width, 3);
        Assert.Equal(GanttLayout.LabelWidth + plot / 2, chart.Bars[1].X, 3);
        Assert.Equal(plot / 2, chart.Bars[1].Width, 3);
        Assert.True(chart.Bars[1].Y > chart.Bars[0].Y);
        Assert.All(chart.Bars, b => Assert.False(b.Open));
    }

    [Fact]
    public void A_running_step_is_open_and_grows_with_now()
    {
        var steps = new[] { Step(1, "succeeded", 0, 0, 10), Step(2, "running", 0, 10, null) };

        var early = GanttLayout.Compute(steps, T0.AddSeconds(20), width: 480).Bars[1];
        var late = GanttLayout.Compute(steps, T0.AddSeconds(40), width: 480).Bars[1];

        Assert.True(early.Open);
        Assert.True(late.Width > early.Width);
        Assert.Equal(480, late.X + late.Width, 3);
    }

    [Fact]
    public void A_step_that_waited_in_the_queue_shows_the_wait_before_its_bar()
    {
        var bar = GanttLayout.Compute([Step(1, "succeeded", 0, 5, 10)], T0.AddSeconds(10), width: 480).Bars[0];

        Assert.Equal(GanttLayout.LabelWidth, bar.QueuedX, 3);
        Assert.True(bar.X > bar.QueuedX);
    }

    [Fact]
    public void A_pending_step_without_times_has_a_row_but_no_bar()
    {
        var chart = GanttLayout.Compute([Step(1, "running", 0, 0, null), Step(2, "pending", null, null, null)], T0.AddSeconds(5));

        Assert.False(chart.Bars[1].HasTimes);
        Assert.Equal(0, chart.Bars[1].Width);
        Assert.True(chart.Height >= GanttLayout.AxisHeight + 2 * GanttLayout.RowHeight);
    }

    [Fact]
    public void Ticks_start_at_zero_and_are_labelled_as_time_since_the_start()
    {
        var chart = GanttLayout.Compute([Step(1, "succeeded", 0, 0, 90)], T0.AddSeconds(90), width: 960);

        Assert.Equal("+0s", chart.Ticks[0].Label);
        Assert.Equal(GanttLayout.LabelWidth, chart.Ticks[0].X, 3);
        Assert.Contains(chart.Ticks, t => t.Label == "+1m00s");
        Assert.All(chart.Ticks, t => Assert.InRange(t.X, GanttLayout.LabelWidth, chart.Width + 0.001));
    }

    [Fact]
    public void No_steps_give_an_empty_chart()
    {
        var chart = GanttLayout.Compute([], T0);

        Assert.Empty(chart.Bars);
        Assert.NotEmpty(chart.Ticks);
    }
}
