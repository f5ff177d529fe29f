using System.Text.Json;
using Lineage.Workbench.Cli.Remote;
using Lineage.Workbench.Hubs;

namespace Lineage.Workbench.Tests.Cli;

public sealed class RunEventLineTests
{
    private static RunEventMessage Event(string kind, string level, string? asset, string? partition, string message) =>
        new(5, 3, kind, new DateTimeOffset(2026, 11, 22, 9, 30, 5, TimeSpan.FromHours(1)), level, asset is null ? null : 8, asset, partition, message,
            JsonDocument.Parse("{}").RootElement);

    [Fact]
    public void A_step_event_reads_time_level_asset_partition_and_message_without_repeating_them()
    {
        var line = RunEventLine.Format(Event("step", "error", "quantum_features/molecules", "2026-11-19", "quantum_features/molecules 2026-11-19 failed: disk\nfull"));

        Assert.Equal("08:30:05Z error   quantum_features/molecules 2026-11-19  failed: disk full", line);
    }

    [Fact]
    public void A_run_event_has_no_asset_and_a_log_line_keeps_its_whole_message()
    {
        Assert.Equal("08:30:05Z info    run started on node-a", RunEventLine.Format(Event("run", "info", null, null, "run started on node-a")));
        Assert.Equal("08:30:05Z warning molecules 2026-11-19  slow store", RunEventLine.Format(Event("log", "warning", "molecules", "2026-11-19", "slow store")));
    }
}
