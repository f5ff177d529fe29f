using Lineage.Assets.Quantum;
using Lineage.Workbench.Api;
using Lineage.Workbench.Catalog.Preview;
using Lineage.Workbench.Tests.Api;
using Lineage.Workbench.Tests.Shared;
using Microsoft.Extensions.DependencyInjection;

namespace Lineage.Workbench.Tests.Catalog;

[Collection(MaterializedWorkbenchCollection.Name)]
public sealed class TablePreviewTests(MaterializedWorkbench workbench)
{
    private TablePreview Preview => workbench.Service<TablePreview>();

    private long IterationRows => Assert.Single(workbench.Steps, s => s.Asset == QuantumAssetKeys.VqeIterations).Rows;

    private Task<PreviewPage> ReadAsync(TablePreviewRequest request) => Preview.ReadAsync(request, CancellationToken.None);

    [Fact]
    public async Task Pages_of_fifty_follow_each_other_and_count_the_partition_rows()
    {
        var first = await ReadAsync(new("vqe_iterations", MaterializedWorkbench.Day, Columns: ["iteration_id"], Offset: 0, Limit: 50));
        var second = await ReadAsync(new("vqe_iterations", MaterializedWorkbench.Day, Columns: ["iteration_id"], Offset: 50, Limit: 50));
        var both = await ReadAsync(new("vqe_iterations", MaterializedWorkbench.Day, Columns: ["iteration_id"], Offset: 0, Limit: 100));

        Assert.Equal(50, first.Rows.Count);
        Assert.True(first.HasMore);
        Assert.Equal(both.Rows.Select(r => r.GetRawText()), first.Rows.Concat(second.Rows).Select(r => r.GetRawText()));
        Assert.Equal(IterationRows, first.RowCount);
        Assert.True(IterationRows > 100, "the sample partition should hold more than two pages");
    }

    [Fact]
    public async Task Only_the_chosen_columns_are_read_in_the_chosen_order()
    {
        var page = await ReadAsync(new("vqe_iterations", MaterializedWorkbench.Day, Columns: ["iteration_energy", "iteration_step"], Limit: 3));

        Assert.Equal(["iteration_energy", "iteration_step"], page.Columns.Select(c => c.Name));
        Assert.All(page.Rows, r => Assert.Equal(["iteration_energy", "iteration_step"], r.EnumerateObject().Select(p => p.Name)));
    }

    [Fact]
    public async Task A_tag_of_the_partition_pins_its_snapshot_and_row_count()
    {
        var step = Assert.Single(workbench.Steps, s => s.Asset == QuantumAssetKeys.VqeResults);
        var snapshot = Assert.Single(await Preview.SnapshotsAsync("vqe_results", MaterializedWorkbench.Day, CancellationToken.None));

        var page = await ReadAsync(new("vqe_results", MaterializedWorkbench.Day, snapshot.Tag, Limit: 5));

        Assert.Equal(step.Tag, snapshot.Tag);
        Assert.StartsWith("v_", snapshot.Tag);
        Assert.Equal(step.Rows, snapshot.Rows);
        Assert.Equal(step.Rows, page.RowCount);
        Assert.Equal(step.Tag, page.Tag);
    }

    [Fact]
    public async Task Without_a_partition_the_row_count_comes_from_the_snapshot_summary()
    {
        var page = await ReadAsync(new("vqe_iterations", Limit: 1));

        Assert.Equal(IterationRows, page.RowCount);
    }

    [Fact]
    public async Task Materialized_partitions_and_the_table_columns_are_listed()
    {
        Assert.Equal([MaterializedWorkbench.Day], await Preview.PartitionsAsync("quantum_features/vqe_iterations", CancellationToken.None));
        var columns = await Preview.ColumnsAsync("vqe_iterations", CancellationToken.None);
        Assert.Contains(new PreviewColumn("iteration_energy", "double"), columns);
        Assert.Equal("experiment_id", columns[0].Name);
    }

    [Fact]
    public async Task An_unknown_tag_names_the_tag_and_the_known_ones()
    {
        var error = await Assert.ThrowsAsync<WarehouseNotFoundException>(() => ReadAsync(new("vqe_iterations", Tag: "v_nope")));

        Assert.Contains("v_nope", error.Message);
        Assert.Contains(Assert.Single(workbench.Steps, s => s.Asset == QuantumAssetKeys.VqeIterations).Tag!, error.Message);
    }

    [Fact]
    public async Task A_table_never_materialized_says_how_to_materialize_it()
    {
        using var empty = new WorkbenchAppFactory();
        empty.CreateClient().Dispose();
        var preview = empty.Services.GetRequiredService<TablePreview>();

        var error = await Assert.ThrowsAsync<WarehouseNotFoundException>(() => preview.ReadAsync(new("ml_run_summary"), CancellationToken.None));

        Assert.Contains("lineage materialize --select ml_run_summary", error.Message);
        Assert.Empty(await preview.PartitionsAsync("ml_run_summary", CancellationToken.None));
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
    }

    [Fact]
    public async Task A_source_asset_is_not_a_table_to_preview()
    {
        await Assert.ThrowsAsync<ArgumentException>(() => ReadAsync(new("raw_vqe_results")));
    }
}
