using ArrowField = Apache.Arrow.Field;
using ArrowSchema = Apache.Arrow.Schema;
using Int64Type = Apache.Arrow.Types.Int64Type;
using Lineage.Lakehouse.Iceberg.Metadata;
using Lineage.Lakehouse.Iceberg.Partitioning;
using Lineage.Lakehouse.Iceberg.Schemas;
using Lineage.Lakehouse.Iceberg.Tables;
using Lineage.Lakehouse.Iceberg.Values;
using Lineage.Lakehouse.IO;
using Lineage.Lakehouse.Arrow;
using Lineage.Lakehouse.Parquet;
using Lineage.Lakehouse.Tests.Arrow;
using static Lineage.Lakehouse.Tests.Iceberg.Tables.FeatureRows;

namespace Lineage.Lakehouse.Tests.Iceberg.Tables;

public sealed class ScanPlanningTests : IDisposable
{
    private readonly TableFolder _folder = new();
    private readonly LocalFileIO _io = new();

    private async Task<IcebergTable> ThreeDaysAsync()
    {
        var table = await IcebergTable.CreateAsync(_io, _folder.Location, Schema, Spec);
        await AppendAsync(table, Range(1, 3, 20));
        await AppendAsync(table, Range(10, 3, 21));
        await AppendAsync(table, Range(20, 3, 22));
        return table;
    }

    [Fact]
    public async Task Partition_equality_plans_only_that_partitions_files()
    {
        var table = await ThreeDaysAsync();
        var options = new TableScanOptions { PartitionEquals = new Dictionary<string, object?> { ["processing_date"] = Day(21) } };

        var files = await table.PlanFilesAsync(options);

        Assert.Equal(Day(21), Assert.Single(files).Partition[0]);
        Assert.Equal([10L, 11L, 12L], (await ReadAsync(table, options)).Select(r => r.Id));
    }

    [Fact]
    public async Task Partition_equality_on_a_column_that_does_not_partition_is_refused_by_name()
    {
        var table = await ThreeDaysAsync();

        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            table.PlanFilesAsync(new TableScanOptions { PartitionEquals = new Dictionary<string, object?> { ["basis_set"] = "sto3g" } }));

        Assert.Contains("'basis_set'", error.Message);
        Assert.Contains("processing_date", error.Message);
    }

    [Fact]
    public async Task Partition_values_may_be_given_as_they_print_in_paths()
    {
        var table = await ThreeDaysAsync();

        var files = await table.PlanFilesAsync(new TableScanOptions { PartitionEquals = new Dictionary<string, object?> { ["processing_date"] = "2026-11-22" } });
        await table.DeletePartitionsAsync([new PartitionData(["2026-11-20"])]);

        Assert.Equal(Day(22), Assert.Single(files).Partition[0]);
        Assert.Equal([10L, 11L, 12L, 20L, 21L, 22L], (await ReadAsync(table)).Select(r => r.Id));
        var error = await Assert.ThrowsAsync<ArgumentException>(() =>
            table.PlanFilesAsync(new TableScanOptions { PartitionEquals = new Dictionary<string, object?> { ["processing_date"] = "yesterday" } }));
        Assert.Contains("'processing_date'", error.Message);
    }

    [Fact]
    public async Task Column_bounds_prune_files_that_cannot_match()
    {
        var table = await ThreeDaysAsync();

        var equal = await table.PlanFilesAsync(new TableScanOptions { Filters = [ColumnPredicate.Equal("id", 11L)] });
        var greater = await table.PlanFilesAsync(new TableScanOptions { Filters = [ColumnPredicate.GreaterThan("id", 12L)] });
        var between = await table.PlanFilesAsync(new TableScanOptions { Filters = [ColumnPredicate.Between("id", 3L, 10L)] });
        var nulls = await table.PlanFilesAsync(new TableScanOptions { Filters = [ColumnPredicate.IsNull("basis_set")] });

        Assert.Equal(Day(21), Assert.Single(equal).Partition[0]);
        Assert.Equal(Day(22), Assert.Single(greater).Partition[0]);
        Assert.Equal([Day(20), Day(21)], between.Select(f => (DateOnly)f.Partition[0]!).Order());
        Assert.Empty(nulls);
    }

    [Fact]
    public async Task A_projection_reads_the_named_columns_in_order()
    {
        var table = await ThreeDaysAsync();

        var batches = await table.ScanAsync(new TableScanOptions { Columns = ["energy", "id"] }).ToListAsync();

        Assert.All(batches, b => Assert.Equal(["energy", "id"], b.Schema.FieldsList.Select(f => f.Name)));
        Assert.Equal(9, batches.Sum(b => b.Length));
        await Assert.ThrowsAsync<ArgumentException>(async () => await table.ScanAsync(new TableScanOptions { Columns = ["nope"] }).ToListAsync());
    }

    [Fact]
    public async Task A_column_added_later_reads_as_nulls_from_older_files()
    {
        var table = await IcebergTable.CreateAsync(_io, _folder.Location, Schema, Spec);
        await AppendAsync(table, Range(1, 2, 20));
        var evolved = new IcebergSchema(1, [.. Schema.Fields, NestedField.Optional(5, "dipole", IcebergType.Double)]);
        var next = table.Metadata with { Schemas = [Schema, evolved], CurrentSchemaId = 1, LastColumnId = 5 };
        Assert.True(await _io.TryCreateNewAsync($"{table.Location}/metadata/v3.metadata.json", System.Text.Encoding.UTF8.GetBytes(next.ToJson())));
        await table.RefreshAsync();
        object?[] row = [7L, Day(20), "sto3g", -1.0, 0.25];
        await table.AppendAsync(await table.WriteDataFilesAsync([ArrowColumns.Batch(IcebergArrowSchema.ToArrow(evolved), [row])]));

        var values = new Dictionary<long, object?>();
        await foreach (var batch in table.ScanAsync(new TableScanOptions { Columns = ["id", "dipole"] }))
        {
            for (var i = 0; i < batch.Length; i++)
                values[(long)ArrowValues.Get(batch.Column(0), i)!] = ArrowValues.Get(batch.Column(1), i);
        }
        var filtered = await table.ScanAsync(new TableScanOptions { Filters = [ColumnPredicate.GreaterThan("dipole", 0.0)] }).ToListAsync();

        Assert.Equal(new Dictionary<long, object?> { [1] = null, [2] = null, [7] = 0.25 }, values);
        Assert.Equal(1, filtered.Sum(b => b.Length));
    }

    [Fact]
    public async Task Batches_match_columns_by_name_and_fill_missing_optional_columns_with_nulls()
    {
        var table = await IcebergTable.CreateAsync(_io, _folder.Location, Schema, Spec);
        var partial = new ArrowSchema([.. IcebergArrowSchema.ToArrow(Schema).FieldsList.Where(f => f.Name is "processing_date" or "id").Reverse()], null);

        await table.AppendAsync(await table.WriteDataFilesAsync([ArrowColumns.Batch(partial, [[Day(20), 5L]])]));

        Assert.Equal([new Row(5, Day(20), null, null)], await ReadAsync(table));
        var extra = new ArrowSchema([new ArrowField("mystery", Int64Type.Default, true)], null);
        var error = await Assert.ThrowsAsync<ArgumentException>(() => table.WriteDataFilesAsync([ArrowColumns.Batch(extra, [])]));
        Assert.Contains("mystery", error.Message);
        var missing = new ArrowSchema([.. IcebergArrowSchema.ToArrow(Schema).FieldsList.Where(f => f.Name is "processing_date")], null);
        error = await Assert.ThrowsAsync<ArgumentException>(() => table.WriteDataFilesAsync([ArrowColumns.Batch(missing, [[Day(20)]])]));
        Assert.Contains("'id'", error.Message);
        error = await Assert.ThrowsAsync<ArgumentException>(() => table.WriteDataFilesAsync([ArrowColumns.Batch(extra, [])]));
        Assert.Contains("mystery", error.Message);
    }

    [Fact]
    public async Task Decimal_bounds_are_big_endian_unscaled_values()
    {
        var schema = new IcebergSchema(0, [NestedField.Require(1, "id", IcebergType.Long), NestedField.Optional(2, "price", IcebergType.Decimal(9, 2))]);
        var table = await IcebergTable.CreateAsync(_io, _folder.Location, schema, PartitionSpec.Unpartitioned);
        var batch = ArrowColumns.Batch(IcebergArrowSchema.ToArrow(schema), [[1L, 12.5m], [2L, -300.25m], [3L, 7m]]);

        var file = Assert.Single(await table.WriteDataFilesAsync([batch]));

        var type = IcebergType.Decimal(9, 2);
        Assert.Equal(Conversions.ToBytes(type, -300.25m), file.LowerBounds![2]);
        Assert.Equal(Conversions.ToBytes(type, 12.5m), file.UpperBounds![2]);
        Assert.StartsWith($"{_folder.Location}/data/", file.FilePath);
        Assert.Empty(file.Partition.Values);
    }

    public void Dispose() => _folder.Dispose();
}
