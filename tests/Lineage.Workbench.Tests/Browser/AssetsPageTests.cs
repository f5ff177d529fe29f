using Lineage.Workbench.Tests.Shared;
using Microsoft.Playwright;

namespace Lineage.Workbench.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class AssetsPageTests(BrowserFixture browser)
{
    private static async Task<IPage> OpenCatalogAsync(BrowserFixture browser)
    {
        var page = await browser.OpenAsync("/assets");
        await page.WaitForSelectorAsync(".assets-page[data-interactive='true']");
        return page;
    }

    [Fact]
    public async Task Search_by_column_name_narrows_the_catalog()
    {
        var page = await OpenCatalogAsync(browser);
        await Assertions.Expect(page.Locator("a.asset-link[data-asset]")).ToHaveCountAsync(12);

        await page.Locator("input.assets-search").FillAsync("term_label");
        await page.Locator("input.assets-search").PressAsync("Enter");

        await Assertions.Expect(page.Locator("a.asset-link[data-asset]")).ToHaveCountAsync(1);
        await Assertions.Expect(page.Locator("a.asset-link[data-asset='quantum_features/hamiltonian_terms']")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task A_bad_selection_is_explained_in_words()
    {
        var page = await OpenCatalogAsync(browser);

        await page.Locator("input.assets-selection").FillAsync("vqe_result+");
        await page.Locator("input.assets-selection").PressAsync("Enter");

        await Assertions.Expect(page.Locator(".assets-error")).ToContainTextAsync("vqe_results");
    }

    [Fact]
    public async Task A_row_opens_the_asset_page_with_schema_lineage_and_checks()
    {
        var page = await OpenCatalogAsync(browser);

        await page.Locator("a.asset-link[data-asset='quantum_features/vqe_iterations']").First.ClickAsync();

        await Assertions.Expect(page.Locator(".asset-page[data-asset='quantum_features/vqe_iterations']")).ToBeVisibleAsync();
        await page.GetByRole(AriaRole.Tab, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Schema") }).ClickAsync();
        await Assertions.Expect(page.Locator("tr[data-column='iteration_energy'] .schema-lineage"))
            .ToContainTextAsync("raw_vqe_results.vqe_result.iteration_list[].result");
        await page.GetByRole(AriaRole.Tab, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Checks") }).ClickAsync();
        await Assertions.Expect(page.Locator("tr[data-check='cumulative_min_non_increasing']")).ToBeVisibleAsync();
    }

    [Fact]
    public async Task The_address_can_open_a_tab_of_the_asset_page()
    {
        var page = await browser.OpenAsync("/assets/quantum_features/vqe_iterations?tab=schema");

        await Assertions.Expect(page.GetByRole(AriaRole.Tab, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Schema") }))
            .ToHaveAttributeAsync("aria-selected", "true");
        await Assertions.Expect(page.Locator("tr[data-column='iteration_energy']")).ToBeVisibleAsync();
    }
}
