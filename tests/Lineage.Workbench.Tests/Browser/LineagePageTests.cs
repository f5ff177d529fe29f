using Lineage.Assets.Selection;
using Lineage.Workbench.Catalog;
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

    [Fact]
    public async Task The_twelve_assets_show_statuses_a_selection_dims_what_it_leaves_out_and_final_energy_traces_to_the_raw_file()
    {
        var page = await OpenGraphAsync(browser);
        await Assertions.Expect(page.Locator("g.lineage-node")).ToHaveCountAsync(12);
        await Assertions.Expect(page.Locator("path.lineage-edge")).ToHaveCountAsync(15);
        // A straight edge has no height, which Playwright's visibility check counts as hidden: measure its box instead.
        foreach (var edge in await page.Locator("path.lineage-edge").AllAsync())
            Assert.True((await edge.BoundingBoxAsync())?.Width > 20, $"edge {await edge.GetAttributeAsync("data-from")} is not drawn");
        await Assertions.Expect(page.Locator("g.lineage-node g.node-pill")).ToHaveCountAsync(12);
        await Assertions.Expect(page.Locator("g.lineage-node g.node-bar").First.Locator("rect.bar-cell title").First).ToHaveTextAsync(new System.Text.RegularExpressions.Regex(@"\d{4}-\d{2}-\d{2}"));

        await SelectAsync(page, "+ml_run_summary");
        Assert.Equal(Excluded("+ml_run_summary"), await UnselectedAsync(page));
        Assert.Contains("select=%2Bml_run_summary", page.Url);

        await SelectAsync(page, "ml_run_summary+");
        var dimmed = await UnselectedAsync(page);
        Assert.Equal(Excluded("ml_run_summary+"), dimmed);
        Assert.Equal(11, dimmed.Count);
        await Assertions.Expect(page.Locator("path.lineage-edge:not(.is-unselected)")).ToHaveCountAsync(0);

        await page.Locator("g.lineage-node[data-asset='quantum_features/ml_run_summary']").ClickAsync();
        await page.Locator("aside.asset-panel button.column-button[data-column='final_energy']").ClickAsync();
        var upstream = page.Locator(".column-trace-list[data-direction='upstream']");
        await Assertions.Expect(upstream.Locator("[data-ref^='raw_vqe_results.']").First).ToBeVisibleAsync();
        await Assertions.Expect(upstream.Locator("[data-ref='vqe_results.minimum_energy']")).ToBeVisibleAsync();
        await Assertions.Expect(page.Locator("aside.asset-panel .asset-panel-status .status-pill")).ToBeVisibleAsync();

        Directory.CreateDirectory(Path.Combine(AppContext.BaseDirectory, "screenshots"));
        await page.GotoAsync(browser.BaseUrl + "/?select=%2Bml_run_summary&asset=quantum_features%2Fml_run_summary&column=final_energy");
        await page.WaitForSelectorAsync(".lineage-graph[data-interactive='true']");
        await page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(AppContext.BaseDirectory, "screenshots", "lineage.png"), FullPage = true });
    }

    [Fact]
    public async Task A_selection_that_does_not_resolve_is_explained_under_the_box_and_dims_nothing()
    {
        var page = await OpenGraphAsync(browser);

        await SelectAsync(page, "+no_such_asset");

        await Assertions.Expect(page.Locator(".lineage-select-error")).ToContainTextAsync("no_such_asset");
        Assert.Empty(await UnselectedAsync(page));
    }

    private static async Task SelectAsync(IPage page, string selection)
    {
        var box = page.Locator("#lineage-select-input");
        await box.FillAsync(selection);
        await box.PressAsync("Enter");
        // The circuit changes the address in place (no page load to wait for): poll it.
        await Assertions.Expect(page).ToHaveURLAsync(
            new System.Text.RegularExpressions.Regex("select=" + System.Text.RegularExpressions.Regex.Escape(Uri.EscapeDataString(selection)) + "($|&)",
                System.Text.RegularExpressions.RegexOptions.IgnoreCase));
        await Assertions.Expect(box).ToHaveValueAsync(selection);
    }

    private static async Task<IReadOnlySet<string>> UnselectedAsync(IPage page)
    {
        // The circuit re-renders after navigation; wait until the count under the box names this selection.
        await page.WaitForFunctionAsync("() => document.querySelector('.lineage-select-count, .lineage-select-error') !== null");
        var keys = await page.Locator("g.lineage-node.is-unselected").EvaluateAllAsync<string[]>("nodes => nodes.map(n => n.dataset.asset)");
        return keys.ToHashSet();
    }

    private static IReadOnlySet<string> Excluded(string selection)
    {
        var catalog = new AssetCatalog(new DateOnly(2026, 11, 18));
        var picked = AssetSelection.Parse(selection).Resolve(catalog.Graph).Select(k => k.Value).ToHashSet();
        return catalog.Graph.Specs.Select(s => s.Key.Value).Where(k => !picked.Contains(k)).ToHashSet();
    }
}
