using System.Net;
using Lineage.Workbench.Catalog;
using Lineage.Workbench.Catalog.Status;
using Lineage.Workbench.Components.LineageView;
using Lineage.Workbench.Health;
using Lineage.Workbench.Tests.Shared;

namespace Lineage.Workbench.Tests.Components;

public sealed class AssetPanelTests
{
    private static readonly AssetCatalog Catalog = new(new DateOnly(2026, 11, 18));

    private static readonly NodeStatus Status = new(
        "quantum_features/vqe_results", PartitionHealth.Fresh, "2026-11-19: fresh",
        [new PartitionRun(0, 30, PartitionHealth.Fresh, "2026-10-24 – 2026-11-22: fresh")],
        new Dictionary<PartitionHealth, int> { [PartitionHealth.Fresh] = 3, [PartitionHealth.Missing] = 2 },
        DeclaredChecks: 2,
            EvaluatedChecks: 2,
        FailingChecks: []);

    private static async Task<string> RenderAsync(string asset, System.Security.Claims.ClaimsPrincipal? user = null) =>
        WebUtility.HtmlDecode(await ComponentRenderer.RenderAsync<AssetPanel>(new Dictionary<string, object?>
        {
            [nameof(AssetPanel.Detail)] = Catalog.Describe(asset),
            [nameof(AssetPanel.Status)] = Status,
            [nameof(AssetPanel.Latest)] = new LatestMaterialization(
                "2026-11-19", new DateTimeOffset(2026, 11, 21, 7, 30, 0, TimeSpan.Zero), TimeSpan.FromSeconds(1.5), 1234, 5, "v5", 9),
            [nameof(AssetPanel.ActionMessage)] = "run 9 queued with 4 steps",
            [nameof(AssetPanel.ActionRunId)] = 9L,
        }, user));

    [Fact]
    public async Task The_summary_shows_status_health_counts_checks_and_the_latest_materialization()
    {
        var html = await RenderAsync("vqe_results");

        Assert.Contains("<span class=\"status-pill is-fresh\">fresh</span>", html);
        Assert.Contains("3 fresh</span>", html);
        Assert.Contains("2 missing</span>", html);
        Assert.Contains("2 declared, 2 with a result in the last 30 days, none failing", html);
        Assert.Contains("2026-11-19 · 2026-11-21 07:30:00 UTC · 1,234 rows · 1.5 s · snapshot 5", html);
        Assert.Contains("href=\"/assets/quantum_features/vqe_results?tab=partitions\"", html);
    }

    [Fact]
    public async Task Anonymous_people_are_told_to_sign_in_to_materialize()
    {
        var html = await RenderAsync("vqe_results");

        Assert.Contains("to materialize stale partitions.", html);
        Assert.DoesNotContain("materialize-stale", html);
    }

    [Fact]
    public async Task An_operator_gets_materialize_stale_and_the_launched_run()
    {
        var html = await RenderAsync("vqe_results", ComponentRenderer.Operator());

        Assert.Contains("materialize-stale", html);
        Assert.Contains("Materialize stale (last 30 days)", html);
        Assert.Contains("run 9 queued with 4 steps", html);
        Assert.Contains("href=\"/runs/9\"", html);
    }

    [Fact]
    public async Task A_source_has_no_materialize_action()
    {
        var html = await RenderAsync("raw_vqe_results", ComponentRenderer.Operator());

        Assert.DoesNotContain("materialize-stale", html);
    }
}
