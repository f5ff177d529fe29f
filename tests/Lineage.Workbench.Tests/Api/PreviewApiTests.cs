using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lineage.Assets.Quantum;
using Lineage.Workbench.Api;
using Lineage.Workbench.Tests.Shared;

namespace Lineage.Workbench.Tests.Api;

[Collection(MaterializedWorkbenchCollection.Name)]
public sealed class PreviewApiTests(MaterializedWorkbench workbench)
{
    private const string Columns = "iteration_id,iteration_energy";

    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private Task<PreviewPage?> PageAsync(string query) =>
        workbench.Factory.CreateClient().GetFromJsonAsync<PreviewPage>($"/api/preview?asset=vqe_iterations&partition={MaterializedWorkbench.Day}&{query}", Json);

    [Fact]
    public async Task Second_page_continues_the_first_with_only_the_asked_columns()
    {
        var first = await PageAsync($"columns={Columns}&offset=0&limit=5");
        var second = await PageAsync($"columns={Columns}&offset=5&limit=5");
        var both = await PageAsync($"columns={Columns}&offset=0&limit=10");

        Assert.Equal(5, first!.Rows.Count);
        Assert.Equal(5, second!.Rows.Count);
        Assert.True(first.HasMore);
        Assert.Equal(5, second.Offset);
        Assert.Empty(first.Rows.Select(r => r.GetRawText()).Intersect(second.Rows.Select(r => r.GetRawText())));
        Assert.Equal(both!.Rows.Select(r => r.GetRawText()), first.Rows.Concat(second.Rows).Select(r => r.GetRawText()));
        Assert.Equal([new PreviewColumn("iteration_id", "string"), new PreviewColumn("iteration_energy", "double")], first.Columns);
        Assert.All(first.Rows, row =>
        {
            Assert.Equal(["iteration_id", "iteration_energy"], row.EnumerateObject().Select(p => p.Name).ToList());
            Assert.False(row.TryGetProperty("basis_set", out _));
            Assert.Equal(JsonValueKind.Number, row.GetProperty("iteration_energy").ValueKind);
        });
        Assert.Equal(QuantumAssetKeys.VqeIterations.Value, first.Asset);
        Assert.Equal(MaterializedWorkbench.Day, first.Partition);
    }

    [Fact]
    public async Task Last_page_holds_the_remaining_rows_and_has_no_more()
    {
        var total = (int)Assert.Single(workbench.Steps, s => s.Asset == QuantumAssetKeys.VqeIterations).Rows;

        var last = await PageAsync($"columns={Columns}&offset={total - 2}&limit=5");

        Assert.Equal(2, last!.Rows.Count);
        Assert.False(last.HasMore);
    }

    [Fact]
    public async Task Without_columns_every_table_column_is_returned_at_the_tagged_snapshot()
    {
        var tag = Assert.Single(workbench.Steps, s => s.Asset == QuantumAssetKeys.VqeResults).Tag;

        var page = await workbench.Factory.CreateClient()
            .GetFromJsonAsync<PreviewPage>($"/api/preview?asset=quantum_features/vqe_results&tag={tag}&limit=3", Json);

        Assert.Equal(tag, page!.Tag);
        Assert.Equal(3, page.Rows.Count);
        Assert.Contains(page.Columns, c => c.Name == "minimum_energy" && c.Type == "double");
        Assert.Equal(page.Columns.Select(c => c.Name), page.Rows[0].EnumerateObject().Select(p => p.Name));
    }

    [Theory]
    [InlineData("columns=iteration_id,no_such_column", "no_such_column")]
    [InlineData("columns=iteration_id&limit=501", "501")]
    [InlineData("columns=iteration_id&limit=0", "limit 0")]
    [InlineData("columns=iteration_id&offset=-1", "offset -1")]
    public async Task Bad_input_is_a_400_naming_it(string query, string named)
    {
        var response = await workbench.Factory.CreateClient()
            .GetAsync($"/api/preview?asset=vqe_iterations&partition={MaterializedWorkbench.Day}&{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(named, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_partition_that_is_not_a_date_is_a_400_naming_it()
    {
        var response = await workbench.Factory.CreateClient().GetAsync("/api/preview?asset=vqe_iterations&partition=2026-13-01");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("2026-13-01", await response.Content.ReadAsStringAsync());
    }

    [Theory]
    [InlineData("asset=vqe_iteration", "vqe_iteration")]
    [InlineData("asset=vqe_iterations&tag=v_nope", "v_nope")]
    public async Task Unknown_asset_or_tag_is_a_404_naming_it(string query, string named)
    {
        var response = await workbench.Factory.CreateClient().GetAsync($"/api/preview?{query}");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        Assert.Contains(named, await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task A_table_never_materialized_is_a_404_naming_the_asset()
    {
        using var empty = new WorkbenchAppFactory();

        var response = await empty.CreateClient().GetAsync("/api/preview?asset=ml_run_summary");

        Assert.Equal(HttpStatusCode.NotFound, response.StatusCode);
        var detail = await response.Content.ReadAsStringAsync();
        Assert.Contains("quantum_features/ml_run_summary", detail);
        Assert.Contains("materialize", detail);
    }
}
