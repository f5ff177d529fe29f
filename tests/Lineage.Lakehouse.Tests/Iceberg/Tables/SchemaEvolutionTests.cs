using RecordBatch = Apache.Arrow.RecordBatch;
using System.Text.Json;
using Lineage.Lakehouse.Iceberg.Schemas;
using Lineage.Lakehouse.Iceberg.Tables;
using Lineage.Lakehouse.IO;
using Lineage.Lakehouse.Arrow;
using Lineage.Lakehouse.Tests.Arrow;
using Lineage.Lakehouse.Tests.Interop;
using static Lineage.Lakehouse.Tests.Iceberg.Tables.FeatureRows;

namespace Lineage.Lakehouse.Tests.Iceberg.Tables;

public sealed class SchemaEvolutionTests : IDisposable
{
    private readonly TableFolder _folder = new();
    private readonly LocalFileIO _io = new();

    [Fact]
    public async Task An_added_column_gets_the_next_field_id_in_a_new_current_schema_without_a_snapshot()
    {
        var table = await IcebergTable.CreateAsync(_io, _folder.Location, Schema, Spec);
        var first = await AppendAsync(table, Range(1, 2, 20));

        var result = await table.AddColumnAsync("method", IcebergType.String, "how the energy was computed");

        var reloaded = await IcebergTable.LoadAsync(_io, _folder.Location);
        var schema = reloaded.Metadata.CurrentSchema;
        Assert.Equal(1, schema.SchemaId);
        Assert.Equal(2, reloaded.Metadata.Schemas.Count);
        Assert.Equal(NestedField.Optional(5, "method", IcebergType.String, "how the energy was computed"), schema.Fields[^1]);
        Assert.Equal(5, reloaded.Metadata.LastColumnId);
        Assert.Single(reloaded.Metadata.Snapshots);
        Assert.Equal(first.SnapshotId, result.SnapshotId);
        Assert.Equal(IcebergTable.AddColumnOperation, result.Operation);
        Assert.Equal(3, result.MetadataVersion);
    }

    [Fact]
    public async Task A_nested_column_takes_fresh_ids_for_its_element_key_and_value()
    {
        var table = await IcebergTable.CreateAsync(_io, _folder.Location, Schema, Spec);

        await table.AddColumnAsync("scores", new ListType(99, IcebergType.Double, false));
        await table.AddColumnAsync("labels", new MapType(99, IcebergType.String, 98, IcebergType.Long, false));

        var schema = (await IcebergTable.LoadAsync(_io, _folder.Location)).Metadata.CurrentSchema;
        Assert.Equal(2, schema.SchemaId);
        Assert.Equal(new ListType(6, IcebergType.Double, false), schema.FindField("scores")!.Type);
        Assert.Equal(5, schema.FindField("scores")!.Id);
        Assert.Equal(new MapType(8, IcebergType.String, 9, IcebergType.Long, false), schema.FindField("labels")!.Type);
        Assert.Equal(7, schema.FindField("labels")!.Id);
        Assert.Equal(9, table.Metadata.LastColumnId);
    }

    [Fact]
    public async Task A_taken_name_is_refused_naming_it_and_commits_nothing()
    {
        var table = await IcebergTable.CreateAsync(_io, _folder.Location, Schema, Spec);

        var error = await Assert.ThrowsAsync<ArgumentException>(() => table.AddColumnAsync("energy", IcebergType.Double));

        Assert.Contains("'energy'", error.Message);
        Assert.Equal(1, (await IcebergTable.LoadAsync(_io, _folder.Location)).MetadataVersion);
    }

    [Fact]
    public async Task Old_files_read_the_added_column_as_nulls_and_new_appends_may_fill_it()
    {
        var table = await IcebergTable.CreateAsync(_io, _folder.Location, Schema, Spec);
        await AppendAsync(table, Range(1, 2, 20));
        await table.AddColumnAsync("method", IcebergType.String);

        await table.AppendAsync(await table.WriteDataFilesAsync([WithMethod(table, Make(10, 21), "dft")]));
        await AppendAsync(table, [Make(11, 21)]);

        var methods = await ReadMethodsAsync(table);
        Assert.Equal(new Dictionary<long, string?> { [1] = null, [2] = null, [10] = "dft", [11] = null }, methods);
        Assert.Equal([1L, 2L, 10L, 11L], (await ReadAsync(table)).Select(r => r.Id));
    }

    [Fact]
    public async Task Icebird_reads_the_evolved_table()
    {
        var table = await IcebergTable.CreateAsync(_io, _folder.Location, Schema, Spec);
        await AppendAsync(table, Range(1, 2, 20));
        await table.AddColumnAsync("method", IcebergType.String);
        await table.AppendAsync(await table.WriteDataFilesAsync([WithMethod(table, Make(10, 21), "dft")]));

        var output = await NodeScript.RunAsync("iceberg/read-icebird.mjs", table.Location);

        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
        var schema = lines.Single(l => l.GetProperty("kind").GetString() == "schema").GetProperty("schema");
        Assert.Equal(1, schema.GetProperty("schema-id").GetInt32());
        var rows = lines.Where(l => l.GetProperty("kind").GetString() == "row").Select(l => l.GetProperty("row")).ToList();
        var methods = rows.ToDictionary(
            r => r.GetProperty("id").GetInt64(),
            r => r.TryGetProperty("method", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null);
        Assert.Equal(new Dictionary<long, string?> { [1] = null, [2] = null, [10] = "dft" }, methods);
    }

    /// <summary>A batch of the table's current schema: the feature row plus a <c>method</c> value.</summary>
    private static RecordBatch WithMethod(IcebergTable table, Row row, string method)
    {
        object?[] values = [row.Id, row.Date, row.Basis, row.Energy, method];
        return ArrowColumns.Batch(IcebergArrowSchema.ToArrow(table.Metadata.CurrentSchema), [values]);
    }

    private static async Task<Dictionary<long, string?>> ReadMethodsAsync(IcebergTable table)
    {
        var methods = new Dictionary<long, string?>();
        await foreach (var batch in table.ScanAsync(new TableScanOptions { Columns = ["id", "method"] }))
        {
            for (var i = 0; i < batch.Length; i++)
                methods[(long)ArrowValues.Get(batch.Column("id"), i)!] = (string?)ArrowValues.Get(batch.Column("method"), i);
        }
        return methods;
    }

    public void Dispose() => _folder.Dispose();
}
