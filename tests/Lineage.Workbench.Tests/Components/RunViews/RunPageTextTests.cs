using Lineage.Workbench.Components.RunViews;

namespace Lineage.Workbench.Tests.Components.RunViews;

public sealed class RunPageTextTests
{
    private static readonly DateTimeOffset T0 = new(2026, 11, 22, 8, 0, 0, TimeSpan.Zero);

    [Fact]
    public void Many_partitions_are_shown_as_first_last_and_count()
    {
        Assert.Equal("", RunPageText.Partitions([]));
        Assert.Equal("2026-11-18", RunPageText.Partitions(["2026-11-18"]));
        Assert.Equal("2026-11-18 … 2026-11-20 (3)", RunPageText.Partitions(["2026-11-18", "2026-11-19", "2026-11-20"]));
    }

    [Fact]
    public void Durations_read_in_seconds_minutes_or_hours()
    {
        Assert.Equal("2.5 s", RunPageText.Duration(T0, T0.AddSeconds(2.5)));
        Assert.Equal("3 min 7 s", RunPageText.Duration(T0, T0.AddSeconds(187)));
        Assert.Equal("2 h 5 min", RunPageText.Duration(T0, T0.AddMinutes(125)));
        Assert.Equal("0.0 s", RunPageText.Duration(T0, T0.AddSeconds(-3)));
    }

    [Fact]
    public void Step_counts_read_as_a_list()
    {
        Assert.Equal("3 succeeded, 1 failed", RunPageText.Steps(new Dictionary<string, int> { ["succeeded"] = 3, ["failed"] = 1 }));
    }
}
