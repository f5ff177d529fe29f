using System.Text.Json;
using Lineage.Lakehouse.Tests.Interop;

namespace Lineage.Lakehouse.Tests.Iceberg;

/// <summary>An independent Iceberg reader (icebird, JavaScript) reads a table written with our format layer.</summary>
public class IcebirdInteropTests
{
    [Fact]
    public async Task Icebird_reads_the_rows_of_a_table_we_wrote()
    {
        using var table = new HandWrittenTable();
        await table.WriteAsync();

        var lines = await ReadWithIcebirdAsync(table);

        var rows = lines.Where(l => l.GetProperty("kind").GetString() == "row").Select(l => l.GetProperty("row")).ToList();
        Assert.Equal(3, rows.Count);
        var byId = rows.ToDictionary(r => r.GetProperty("id").GetInt64());
        Assert.Equal([1L, 2L, 3L], byId.Keys.Order());
        Assert.Equal("sto3g", byId[1].GetProperty("basis_set").GetString());
        Assert.Equal(-1.1372, byId[2].GetProperty("energy").GetDouble());
        Assert.Equal("6-31g", byId[3].GetProperty("basis_set").GetString());
        Assert.StartsWith("2026-11-21", byId[3].GetProperty("processing_date").ToString());
        Assert.StartsWith("2026-11-20T08:00:00", byId[1].GetProperty("measured_at").ToString());
    }

    [Fact]
    public async Task Icebird_sees_our_schema_snapshot_and_manifest_entries()
    {
        using var table = new HandWrittenTable();
        await table.WriteAsync();

        var lines = await ReadWithIcebirdAsync(table);

        var schema = lines.Single(l => l.GetProperty("kind").GetString() == "schema").GetProperty("schema");
        Assert.Equal(["id", "processing_date", "basis_set", "energy", "measured_at"],
            schema.GetProperty("fields").EnumerateArray().Select(f => f.GetProperty("name").GetString()));
        var snapshot = lines.Single(l => l.GetProperty("kind").GetString() == "snapshot").GetProperty("snapshot");
        Assert.Equal(HandWrittenTable.SnapshotId, snapshot.GetProperty("snapshot-id").GetInt64());
        Assert.Equal("append", snapshot.GetProperty("summary").GetProperty("operation").GetString());

        var entries = lines.Where(l => l.GetProperty("kind").GetString() == "entry").ToList();
        Assert.Equal(2, entries.Count);
        Assert.All(entries, e => Assert.Equal(1, e.GetProperty("status").GetInt32()));
        Assert.All(entries, e => Assert.Equal(1, e.GetProperty("sequence_number").GetInt64()));
        Assert.All(entries, e => Assert.Equal(table.ManifestPath, e.GetProperty("manifest").GetString()));
        var sto3g = entries.Single(e => e.GetProperty("partition").GetProperty("basis_set").GetString() == "sto3g");
        Assert.Equal(2, sto3g.GetProperty("record_count").GetInt64());
        Assert.Contains("/data/processing_date=2026-11-20/basis_set=sto3g/", sto3g.GetProperty("file_path").GetString());
    }

    private static async Task<List<JsonElement>> ReadWithIcebirdAsync(HandWrittenTable table)
    {
        var output = await NodeScript.RunAsync("iceberg/read-icebird.mjs", table.Location);
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonDocument.Parse(l).RootElement.Clone()).ToList();
    }
}
