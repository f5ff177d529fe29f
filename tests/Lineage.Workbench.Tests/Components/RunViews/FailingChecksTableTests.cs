using System.Text.Json.Nodes;
using Lineage.Workbench.Catalog;
using Lineage.Workbench.Components.RunViews;
using Lineage.Workbench.Tests.Shared;

namespace Lineage.Workbench.Tests.Components.RunViews;

public sealed class FailingChecksTableTests
{
    [Fact]
    public async Task A_failing_check_links_its_asset_and_shows_its_metadata_behind_a_disclosure()
    {
        var metadata = new JsonObject { ["rejected"] = new JsonArray(new JsonObject { ["path"] = "2026-11-19/bad.json", ["problem"] = "not JSON" }) };
        var html = await ComponentRenderer.RenderAsync<FailingChecksTable>(new Dictionary<string, object?>
        {
            [nameof(FailingChecksTable.Checks)] = new List<CheckView>
            {
                new("raw_vqe_results", "2026-11-19", "files_parse", false, "error", true, "1 of 3 files rejected", metadata,
                    new DateTimeOffset(2026, 11, 22, 8, 0, 0, TimeSpan.Zero)),
            },
        });

        Assert.Contains("href=\"/assets/raw_vqe_results\"", html);
        Assert.Contains("data-check=\"files_parse\"", html);
        Assert.Contains("1 of 3 files rejected", html);
        Assert.Contains("blocking", html);
        Assert.Contains("<details class=\"check-metadata\">", html);
        Assert.Contains("2026-11-19/bad.json", html);
        Assert.Contains("not JSON", html);
        Assert.Contains("2026-11-22 08:00:00 UTC", html);
    }

    [Fact]
    public async Task No_failing_checks_says_so()
    {
        var html = await ComponentRenderer.RenderAsync<FailingChecksTable>(new Dictionary<string, object?>
        {
            [nameof(FailingChecksTable.Checks)] = new List<CheckView>(),
        });

        Assert.Contains("No check is failing", html);
    }
}
