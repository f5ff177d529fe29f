using Lineage.Assets.Keys;
using Lineage.Workbench.Components.AssetViews;
using Lineage.Workbench.Health;
using Lineage.Workbench.Tests.Shared;

namespace Lineage.Workbench.Tests.Components;

public sealed class PartitionBarTests
{
    private static readonly AssetKey Molecules = AssetKey.Of("quantum_features", "molecules");

    private static AssetPartitionHealth Cell(string date, PartitionHealth health, params string[] reasons) => new(Molecules, date, health, reasons);

    private static Task<string> RenderAsync(IReadOnlyList<AssetPartitionHealth> cells, DateOnly? from = null, DateOnly? to = null) =>
        ComponentRenderer.RenderAsync<PartitionBar>(new Dictionary<string, object?>
        {
            [nameof(PartitionBar.Cells)] = cells,
            [nameof(PartitionBar.SelectedFrom)] = from,
            [nameof(PartitionBar.SelectedTo)] = to,
        });

    [Fact]
    public async Task Each_day_is_coloured_by_its_health_with_the_reason_on_hover()
    {
        var html = await RenderAsync(
        [
            Cell("2026-11-18", PartitionHealth.Fresh),
            Cell("2026-11-19", PartitionHealth.Stale, "raw_vqe_results changed"),
            Cell("2026-11-20", PartitionHealth.Failed, "last attempt failed in run 3: disk full"),
            Cell("2026-11-21", PartitionHealth.Blocked, "blocking check raw_files_valid of raw_vqe_results failed"),
            Cell("2026-11-22", PartitionHealth.Running, "Running in run 4"),
            Cell("2026-11-23", PartitionHealth.Missing, "never materialized"),
        ]);

        Assert.Matches("class=\"partition-cell health-fresh\"[^>]*data-date=\"2026-11-18\"", html);
        Assert.Matches("class=\"partition-cell health-stale\"[^>]*data-date=\"2026-11-19\"", html);
        Assert.Matches("class=\"partition-cell health-failed\"[^>]*data-date=\"2026-11-20\"", html);
        Assert.Matches("class=\"partition-cell health-blocked\"[^>]*data-date=\"2026-11-21\"", html);
        Assert.Matches("class=\"partition-cell health-running\"[^>]*data-date=\"2026-11-22\"", html);
        Assert.Matches("class=\"partition-cell health-missing\"[^>]*data-date=\"2026-11-23\"", html);
        Assert.Matches("<title[^>]*>2026-11-19: stale: raw_vqe_results changed</title>", html);
        Assert.Matches("<title[^>]*>2026-11-20: failed: last attempt failed in run 3: disk full</title>", html);
        Assert.Matches("<title[^>]*>2026-11-18: fresh</title>", html);
    }

    [Fact]
    public async Task The_legend_names_every_health()
    {
        var html = await RenderAsync([Cell("2026-11-18", PartitionHealth.Fresh)]);

        foreach (var word in new[] { "fresh", "stale", "missing", "failed", "blocked", "running" })
            Assert.Contains($"<span class=\"partition-swatch health-{word}\"", html);
    }

    [Fact]
    public async Task Only_the_selected_range_is_marked()
    {
        var cells = Enumerable.Range(15, 10).Select(d => Cell($"2026-11-{d}", PartitionHealth.Missing)).ToList();

        var html = await RenderAsync(cells, new DateOnly(2026, 11, 18), new DateOnly(2026, 11, 20));

        var selected = System.Text.RegularExpressions.Regex.Matches(html, "is-selected\"[^>]*data-date=\"([0-9-]+)\"").Select(m => m.Groups[1].Value);
        Assert.Equal(["2026-11-18", "2026-11-19", "2026-11-20"], selected);
    }

    [Fact]
    public async Task Days_are_laid_out_a_month_per_row()
    {
        var cells = Enumerable.Range(0, 40).Select(i => Cell(new DateOnly(2026, 10, 20).AddDays(i).ToString("yyyy-MM-dd"), PartitionHealth.Fresh)).ToList();

        var html = await RenderAsync(cells);

        Assert.Contains(">2026-10</text>", html);
        Assert.Contains(">2026-11</text>", html);
        Assert.Matches("x=\"64\" y=\"20\"[^>]*data-date=\"2026-11-01\"", html);
        Assert.Equal(40, System.Text.RegularExpressions.Regex.Matches(html, "<rect ").Count);
    }

    [Fact]
    public async Task Ten_years_of_days_render_as_one_svg_of_plain_cells()
    {
        var start = new DateOnly(2017, 1, 1);
        var cells = Enumerable.Range(0, 3650).Select(i => Cell(start.AddDays(i).ToString("yyyy-MM-dd"), PartitionHealth.Stale, "code changed")).ToList();

        var html = await RenderAsync(cells);

        Assert.Single(System.Text.RegularExpressions.Regex.Matches(html, "<svg "));
        Assert.Equal(3650, System.Text.RegularExpressions.Regex.Matches(html, "<rect ").Count);
        Assert.DoesNotContain("rz-", html[..html.IndexOf("</svg>", StringComparison.Ordinal)]);
    }
}
