using System.Text.Json.Nodes;
using Lineage.Assets.Checks;
using Lineage.Assets.Keys;
using Lineage.Materializers.Checks;
using Lineage.Workbench.Components.AssetViews;
using Lineage.Workbench.Tests.Shared;

namespace Lineage.Workbench.Tests.Components;

public sealed class CheckResultsTableTests
{
    private static readonly AssetKey Raw = AssetKey.Of("raw_vqe_results");
    private static readonly DateTimeOffset Noon = new(2026, 11, 19, 12, 0, 0, TimeSpan.Zero);

    private static Task<string> RenderAsync(params CheckResult[] results) =>
        ComponentRenderer.RenderAsync<CheckResultsTable>(new Dictionary<string, object?> { [nameof(CheckResultsTable.Results)] = results.ToList() });

    [Fact]
    public async Task A_failing_check_shows_severity_blocking_summary_and_the_rejected_files()
    {
        var metadata = new JsonObject
        {
            ["files_read"] = 3,
            ["rejected_files"] = new JsonArray(new JsonObject { ["file"] = "9-1795089600000000000.json", ["json_path"] = "$.vqe_result", ["problem"] = "missing" }),
        };
        var html = await RenderAsync(
            new CheckResult(Raw, "raw_files_valid", "2026-11-19", false, AssetCheckSeverity.Error, true, "1 of 3 raw files were rejected", metadata, Noon));

        Assert.Contains("data-check-result=\"raw_files_valid\" data-partition=\"2026-11-19\" class=\"check-failed\"", html);
        Assert.Contains(">failed<", html);
        Assert.Contains("<td>error</td>", html);
        Assert.Contains("<td>yes</td>", html);
        Assert.Contains("1 of 3 raw files were rejected", html);
        Assert.Contains("<details class=\"check-metadata\">", html);
        // Elements of the JSON view carry its scoped-style attribute.
        Assert.Matches("<th[^>]*>file</th>", html);
        Assert.Matches("<td[^>]*><span[^>]*>9-1795089600000000000.json</span></td>", html);
        Assert.Matches("<dt[^>]*>files_read</dt><dd[^>]*><span[^>]*>3</span></dd>", html);
    }

    [Fact]
    public async Task A_passing_warning_check_reads_as_passed_and_not_blocking()
    {
        var html = await RenderAsync(
            new CheckResult(Raw, "row_count_positive", "2026-11-18", true, AssetCheckSeverity.Warn, false, "42 rows", new JsonObject(), Noon));

        Assert.Contains("class=\"check-passed\"", html);
        Assert.Contains(">passed<", html);
        Assert.Contains("<td>warn</td>", html);
        Assert.Contains("<td>no</td>", html);
        Assert.DoesNotContain("check-metadata", html);
    }

    [Fact]
    public async Task No_results_says_they_come_with_materializations()
    {
        var html = await RenderAsync();

        Assert.Contains("No check has been evaluated yet", html);
        Assert.DoesNotContain("<table", html);
    }
}
