using Lineage.Workbench.Tests.Shared;
using Microsoft.Playwright;

namespace Lineage.Workbench.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class LineagePageTests(BrowserFixture browser)
{
    private const string VqeIterations = "[data-asset='quantum_features/vqe_iterations']";

    private static async Task<IPage> OpenGraphAsync(BrowserFixture browser, string path = "/")
    {
        var page = await browser.OpenAsync(path);
        await page.WaitForSelectorAsync(".lineage-graph[data-interactive='true']");
        return page;
    }

    private static Task<string?> ClassOfAsync(IPage page, string asset) =>
        page.Locator($"g.lineage-node[data-asset='{asset}']").GetAttributeAsync("class");

    [Fact]
    public async Task Hovering_an_asset_highlights_its_upstream_and_downstream_and_dims_the_rest()
    {
        var page = await OpenGraphAsync(browser);

        await page.Locator($"g.lineage-node{VqeIterations}").HoverAsync();

        await Assertions.Expect(page.Locator("g.lineage-node[data-asset='quantum_features/ml_run_summary']"))
            .ToHaveClassAsync(new System.Text.RegularExpressions.Regex("is-related"));
        Assert.Contains("is-related", await ClassOfAsync(page, "raw_vqe_results"));
        Assert.Contains("is-dimmed", await ClassOfAsync(page, "quantum_features/hamiltonian_terms"));
        Assert.Contains("is-related", await page.Locator(
            "path.lineage-edge[data-from='quantum_features/vqe_iterations'][data-to='quantum_features/ml_iteration_features']").GetAttributeAsync("class"));
    }

    [Fact]
    public async Task Clicking_an_asset_opens_its_columns_and_a_column_traces_down_to_the_raw_json_path()
    {
        var page = await OpenGraphAsync(browser);

        await page.Locator("g.lineage-node[data-asset='quantum_features/ml_iteration_features']").ClickAsync();
        var panel = page.Locator("aside.asset-panel[data-asset='quantum_features/ml_iteration_features']");
        await Assertions.Expect(panel).ToBeVisibleAsync();

        await panel.Locator("button.column-button[data-column='energy']").ClickAsync();

        var upstream = page.Locator(".column-trace-list[data-direction='upstream']");
        await Assertions.Expect(upstream.Locator("[data-ref='vqe_iterations.iteration_energy']")).ToBeVisibleAsync();
        await Assertions.Expect(upstream.Locator("[data-ref='raw_vqe_results.vqe_result.iteration_list[].result']")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator(".column-trace-list[data-direction='downstream'] [data-ref='ml_run_summary.min_energy']")).ToBeVisibleAsync();
        Assert.Contains("is-lineage", await ClassOfAsync(page, "raw_vqe_results"));
        Assert.Contains("is-lineage", await ClassOfAsync(page, "quantum_features/ml_run_summary"));
        Assert.DoesNotContain("is-lineage", await ClassOfAsync(page, "quantum_features/hamiltonian_terms"));
        Assert.Contains("column=energy", page.Url);
    }

    [Fact]
    public async Task A_deep_link_to_a_column_restores_the_trace()
    {
        var page = await OpenGraphAsync(browser, "/?asset=quantum_features%2Fvqe_results&column=minimum_energy");

        await Assertions.Expect(page.Locator(".column-trace[data-column='minimum_energy']")).ToBeVisibleAsync();
        Assert.Contains("is-selected", await ClassOfAsync(page, "quantum_features/vqe_results"));
    }

    [Fact]
    public async Task Wheel_zooms_and_dragging_the_background_pans_the_graph()
    {
        var page = await OpenGraphAsync(browser);
        var svg = page.Locator("svg.lineage-svg");
        var box = (await svg.BoundingBoxAsync())!;

        await page.Mouse.MoveAsync(box.X + box.Width / 2, box.Y + 20);
        await page.Mouse.WheelAsync(0, -300);
        var zoomed = await page.Locator("g.lineage-viewport").GetAttributeAsync("transform");
        Assert.Matches(@"scale\((1\.[1-9]|[2-8])", zoomed);

        await page.Mouse.DownAsync();
        await page.Mouse.MoveAsync(box.X + box.Width / 2 + 120, box.Y + 80, new MouseMoveOptions { Steps = 5 });
        await page.Mouse.UpAsync();
        Assert.NotEqual(zoomed, await page.Locator("g.lineage-viewport").GetAttributeAsync("transform"));
    }
}
