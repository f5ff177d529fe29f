using Lineage.Workbench.Hubs;

namespace Lineage.Workbench.Tests.Hubs;

public sealed class RunEventWatermarkTests
{
    [Fact]
    public async Task The_watermark_is_unknown_until_the_relay_has_found_the_end_of_the_table()
    {
        var watermark = new RunEventWatermark();

        var current = watermark.CurrentAsync(CancellationToken.None);
        Assert.False(current.IsCompleted);
        watermark.Advance(0);

        Assert.Equal(0, await current);
    }

    [Fact]
    public async Task The_watermark_never_moves_back()
    {
        var watermark = new RunEventWatermark();
        watermark.Advance(12);
        watermark.Advance(9);

        Assert.Equal(12, await watermark.CurrentAsync(CancellationToken.None));
    }
}
