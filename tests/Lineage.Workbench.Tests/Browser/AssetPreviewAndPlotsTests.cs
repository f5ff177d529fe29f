using System.Net.Http.Json;
using System.Text.Json;
using System.Text.RegularExpressions;
using Lineage.Workbench.Api;
using Lineage.Workbench.Tests.Api;
using Microsoft.Playwright;

namespace Lineage.Workbench.Tests.Browser;

[Collection(MaterializedBrowserCollection.Name)]
public sealed class AssetPreviewAndPlotsTests(MaterializedBrowserFixture browser)
{
    private static string Screenshot(string name) => Path.Combine(AppContext.BaseDirectory, "screenshots", name);

    /// <param name="live">The tab's content, which tells when the page is interactive and the tab can be clicked.</param>
    private async Task<IPage> OpenTabAsync(string asset, string tab, string live)
    {
        var page = await browser.OpenAsync($"/assets/{asset}");
        await page.WaitForSelectorAsync($"{live}[data-interactive='true']", new() { State = WaitForSelectorState.Attached });
        await page.GetByRole(AriaRole.Tab, new() { NameRegex = new Regex($"^{tab}") }).ClickAsync();
        return page;
    }

    private async Task<IReadOnlyList<string>> IterationIdsAsync(int offset)
    {
        using var client = new HttpClient();
        var page = await client.GetFromJsonAsync<PreviewPage>(
            $"{browser.BaseUrl}/api/preview?asset=vqe_iterations&partition={MaterializedWorkbench.Day}&columns=iteration_id&offset={offset}&limit=50",
            new JsonSerializerOptions(JsonSerializerDefaults.Web));
        return page!.Rows.Select(r => r.GetProperty("iteration_id").GetString()!).ToList();
    }

    [Fact]
    public async Task Page_two_of_vqe_iterations_shows_its_rows_without_a_hidden_column()
    {
        var expected = await IterationIdsAsync(50);
        var page = await OpenTabAsync("quantum_features/vqe_iterations", "Preview", ".asset-preview");
        var preview = page.Locator(".asset-preview[data-interactive='true'][data-loaded='true']");
        await Assertions.Expect(preview.Locator("th[data-column='basis_set']")).ToBeVisibleAsync();
        await Assertions.Expect(preview.Locator(".preview-count")).ToContainTextAsync(MaterializedWorkbench.Day);

        await preview.Locator(".preview-next").ClickAsync();
        await Assertions.Expect(page.Locator(".asset-preview[data-page='2']")).ToBeVisibleAsync();
        await preview.Locator(".preview-columns summary").ClickAsync();
        await preview.Locator("label.preview-column[data-column='basis_set'] input").UncheckAsync();

        await Assertions.Expect(preview.Locator("th[data-column='basis_set']")).ToHaveCountAsync(0);
        await Assertions.Expect(preview.Locator("td[data-column='basis_set']")).ToHaveCountAsync(0);
        await Assertions.Expect(page.Locator(".asset-preview[data-page='2'] .preview-page-number")).ToContainTextAsync("Page 2");
        await Assertions.Expect(preview.Locator("tbody tr")).ToHaveCountAsync(expected.Count);
        await Assertions.Expect(preview.Locator("tr[data-row='51'] td[data-column='iteration_id']")).ToHaveTextAsync(expected[0]);
        await Assertions.Expect(preview.Locator("tr[data-row='100'] td[data-column='iteration_id']")).ToHaveTextAsync(expected[^1]);
        await page.ScreenshotAsync(new() { Path = Screenshot("asset-preview.png"), FullPage = true });
    }

    [Fact]
    public async Task The_download_menu_saves_the_shown_columns_of_the_partition_as_csv()
    {
        var page = await OpenTabAsync("quantum_features/vqe_iterations", "Preview", ".asset-preview");
        var preview = page.Locator(".asset-preview[data-interactive='true'][data-loaded='true']");
        await preview.Locator(".preview-columns summary").ClickAsync();
        await preview.Locator("label.preview-column[data-column='basis_set'] input").UncheckAsync();
        await Assertions.Expect(preview.Locator("th[data-column='basis_set']")).ToHaveCountAsync(0);

        await preview.Locator(".preview-download summary").ClickAsync();
        await Assertions.Expect(preview.Locator("a.preview-download-link")).ToHaveCountAsync(4);
        var download = await page.RunAndWaitForDownloadAsync(() => preview.Locator("a.preview-download-link[data-format='csv']").ClickAsync());
        var file = await download.PathAsync();

        Assert.Equal($"vqe_iterations-{MaterializedWorkbench.Day}.csv", download.SuggestedFilename);
        var lines = await File.ReadAllLinesAsync(file);
        var header = lines[0].Split(',');
        Assert.Contains("iteration_id", header);
        Assert.DoesNotContain("basis_set", header);
        using var client = new HttpClient();
        var partition = await client.GetFromJsonAsync<PreviewPage>(
            $"{browser.BaseUrl}/api/preview?asset=vqe_iterations&partition={MaterializedWorkbench.Day}&columns=iteration_id&limit=1",
            new JsonSerializerOptions(JsonSerializerDefaults.Web));
        Assert.Equal(partition!.RowCount, lines.Length - 1);
    }

    [Fact]
    public async Task Plots_of_ml_iteration_features_draw_energy_and_cumulative_minimum_lines()
    {
        var page = await OpenTabAsync("quantum_features/ml_iteration_features", "Plots", ".asset-plots");
        var plots = page.Locator(".asset-plots[data-interactive='true'][data-loaded='true']");

        await Assertions.Expect(plots.Locator(".plots-energy svg").Last).ToBeVisibleAsync();
        var experiments = await plots.Locator(".plots-experiments .rz-chip").CountAsync();
        Assert.InRange(experiments, 1, 10);
        await Assertions.Expect(plots.Locator(".plots-energy g.rz-line-series path[d]")).ToHaveCountAsync(2 * experiments);
        await Assertions.Expect(plots.Locator(".plots-energy g.rz-line-series path[stroke-dasharray]")).ToHaveCountAsync(experiments);
        await page.ScreenshotAsync(new() { Path = Screenshot("asset-plots-energy.png"), FullPage = true });
    }

    [Fact]
    public async Task Plots_of_ml_run_summary_draw_a_histogram_and_other_assets_have_no_plots_tab()
    {
        var page = await OpenTabAsync("quantum_features/ml_run_summary", "Plots", ".asset-plots");
        var plots = page.Locator(".asset-plots[data-interactive='true'][data-loaded='true']");

        await Assertions.Expect(plots.Locator(".plots-histogram svg")).ToBeVisibleAsync();
        await Assertions.Expect(plots.Locator(".plots-caption")).ToContainTextAsync("experiments");
        await page.ScreenshotAsync(new() { Path = Screenshot("asset-plots-histogram.png"), FullPage = true });

        var other = await browser.OpenAsync("/assets/quantum_features/vqe_iterations");
        await other.WaitForSelectorAsync(".asset-page");
        await Assertions.Expect(other.GetByRole(AriaRole.Tab, new() { Name = "Plots" })).ToHaveCountAsync(0);
    }
}
