using Lineage.Workbench.Catalog;
using Lineage.Workbench.Components.AssetViews;
using Lineage.Workbench.Tests.Shared;

namespace Lineage.Workbench.Tests.Components;

public sealed class SchemaTableTests
{
    [Fact]
    public async Task Each_column_shows_type_nullability_and_the_columns_it_comes_from()
    {
        var html = await ComponentRenderer.RenderAsync<SchemaTable>(new Dictionary<string, object?>
        {
            [nameof(SchemaTable.Columns)] = new List<ColumnDetail>
            {
                new("energy", "double", false, "Energy of the step", ["vqe_iterations.iteration_energy"]),
                new("seed", "int", true, "Random seed", ["vqe_results.seed"]),
                new("processing_batch_id", "string", false, "Batch", []),
            },
        });

        Assert.Contains("<tr data-column=\"energy\">", html);
        Assert.Contains("vqe_iterations.iteration_energy", html);
        Assert.Contains("int?", html);
        Assert.DoesNotContain("double?", html);
        Assert.Contains("produced by the run", html);
    }
}
