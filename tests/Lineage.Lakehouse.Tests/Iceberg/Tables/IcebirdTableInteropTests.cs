using System.Text.Json;
using Lineage.Lakehouse.Iceberg.Tables;
using Lineage.Lakehouse.IO;
using Lineage.Lakehouse.Tests.Interop;
using static Lineage.Lakehouse.Tests.Iceberg.Tables.FeatureRows;

namespace Lineage.Lakehouse.Tests.Iceberg.Tables;

/// <summary>An independent reader (icebird) reads a table written through the table API.</summary>
public sealed class IcebirdTableInteropTests : IDisposable
{
    private readonly TableFolder _folder = new();

    [Fact]
    public async Task Icebird_sees_exactly_the_current_rows_after_appends_and_a_replace()
    {
        var io = new LocalFileIO();
        var table = await IcebergTable.CreateAsync(io, _folder.Location, Schema, Spec);
        await AppendAsync(table, Range(1, 3, 20));
        await AppendAsync(table, Range(10, 2, 21));
        await ReplaceAsync(table, [Make(30, 20, "6-31g", -1.5), Make(31, 20, null, -1.25)]);
        await AppendAsync(table, Range(40, 1, 22));

        var lines = await ReadWithIcebirdAsync(table.Location);

        var rows = lines.Where(l => l.GetProperty("kind").GetString() == "row").Select(l => l.GetProperty("row")).ToList();
        Assert.Equal([10L, 11L, 30L, 31L, 40L], rows.Select(r => r.GetProperty("id").GetInt64()).Order());
        var row30 = rows.Single(r => r.GetProperty("id").GetInt64() == 30);
        Assert.Equal("6-31g", row30.GetProperty("basis_set").GetString());
        Assert.Equal(-1.5, row30.GetProperty("energy").GetDouble());
        Assert.StartsWith("2026-11-20", row30.GetProperty("processing_date").ToString());
        Assert.Equal(JsonValueKind.Null, rows.Single(r => r.GetProperty("id").GetInt64() == 31).GetProperty("basis_set").ValueKind);

        var snapshots = lines.Where(l => l.GetProperty("kind").GetString() == "snapshot").Select(l => l.GetProperty("snapshot")).ToList();
        Assert.Equal(["append", "append", "overwrite", "append"],
            snapshots.Select(s => s.GetProperty("summary").GetProperty("operation").GetString()));
        Assert.Equal([1L, 2L, 3L, 4L], snapshots.Select(s => s.GetProperty("sequence-number").GetInt64()));
        Assert.Equal(table.Metadata.CurrentSnapshotId, snapshots[^1].GetProperty("snapshot-id").GetInt64());
    }

    private static async Task<List<JsonElement>> ReadWithIcebirdAsync(string location)
    {
        var output = await NodeScript.RunAsync("iceberg/read-icebird.mjs", location);
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
    }

    public void Dispose() => _folder.Dispose();
}
