using System.Text.Json;
using Lineage.Workbench.Cli.Remote;
using Lineage.Workbench.Hubs;
using Lineage.Workbench.Orchestration.Runs;

namespace Lineage.Workbench.Tests.Cli;

public sealed class PartitionProgressTests
{
    private static RunStepView Step(string asset, string partition, string status) =>
        new(1, asset, partition, $"{partition}/{asset}", status, 0, null, null, null, null, null, null, null, null, null);

    private static RunEventMessage StepEvent(string asset, string partition, string status) =>
        new(1, 1, "step", DateTimeOffset.UnixEpoch, "info", 1, asset, partition, $"{asset} {partition} {status}",
            JsonDocument.Parse($$"""{"status":"{{status}}"}""").RootElement);

    private static PartitionProgress TwoDays() => new([
        Step("a", "2026-11-19", "queued"), Step("b", "2026-11-19", "pending"),
        Step("a", "2026-11-20", "queued"), Step("b", "2026-11-20", "pending"),
    ]);

    [Fact]
    public void A_step_changing_status_gives_its_partitions_line_with_done_steps_counted_first()
    {
        var progress = TwoDays();

        Assert.Equal("2026-11-20  0/2 done: 1 pending, 1 running", progress.Apply(StepEvent("a", "2026-11-20", "running")));
        Assert.Equal("2026-11-20  1/2 done: 1 succeeded, 1 pending", progress.Apply(StepEvent("a", "2026-11-20", "succeeded")));
        Assert.Equal("2026-11-20  2/2 done: 1 blocked, 1 succeeded", progress.Apply(StepEvent("b", "2026-11-20", "blocked")));
        Assert.Equal("2026-11-19  0/2 done: 1 pending, 1 queued", progress.Line("2026-11-19"));
    }

    [Fact]
    public void Events_that_change_nothing_give_no_line()
    {
        var progress = TwoDays();
        var log = StepEvent("a", "2026-11-19", "running") with { Kind = "log" };

        Assert.Null(progress.Apply(StepEvent("a", "2026-11-19", "queued")));
        Assert.Null(progress.Apply(log));
        Assert.Equal(["2026-11-19", "2026-11-20"], progress.Partitions);
    }
}
