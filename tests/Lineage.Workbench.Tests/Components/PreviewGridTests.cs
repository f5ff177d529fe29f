using System.Text.Json;
using Lineage.Workbench.Api;
using Lineage.Workbench.Components.AssetViews;
using Lineage.Workbench.Tests.Shared;

namespace Lineage.Workbench.Tests.Components;

public sealed class PreviewGridTests
{
    private static Task<string> RenderAsync(IReadOnlyList<PreviewColumn> columns, string rowsJson, int firstRow = 1) =>
        ComponentRenderer.RenderAsync<PreviewGrid>(new Dictionary<string, object?>
        {
            [nameof(PreviewGrid.Columns)] = columns,
            [nameof(PreviewGrid.Rows)] = JsonDocument.Parse(rowsJson).RootElement.EnumerateArray().ToList(),
            [nameof(PreviewGrid.FirstRowNumber)] = firstRow,
        });

    [Fact]
    public async Task Nested_values_are_readable_with_the_full_value_on_hover()
    {
        var html = await RenderAsync(
            [new("coordinates", "list<list<double>>"), new("symbols", "list<string>"), new("term", "struct")],
            """[{"coordinates":[[0,0,0],[0,0,0.74]],"symbols":["H","H"],"term":{"label":"ZZ","real":0.5}}]""");

        Assert.Contains(">[[0.0, 0.0, 0.0], [0.0, 0.0, 0.74]]</td>", html);
        Assert.Contains(">[H, H]</td>", html);
        Assert.Contains(">{label: ZZ, real: 0.5}</td>", html);
        Assert.Contains("title=\"[[0,0,0],[0,0,0.74]]\"", html);
    }

    [Fact]
    public async Task Only_the_given_columns_are_drawn_and_rows_are_numbered_from_the_page_start()
    {
        var html = await RenderAsync(
            [new("iteration_id", "string"), new("iteration_energy", "double")],
            """[{"iteration_id":"a_iter_51","iteration_energy":-1},{"iteration_id":"a_iter_52","iteration_energy":null}]""",
            firstRow: 51);

        Assert.Contains("<th data-column=\"iteration_energy\"", html);
        Assert.DoesNotContain("data-column=\"basis_set\"", html);
        Assert.Contains("<tr data-row=\"51\"", html);
        Assert.Contains("<tr data-row=\"52\"", html);
        Assert.Contains(">-1.0</td>", html);
        Assert.Contains("class=\"preview-null\"", html);
    }
}
