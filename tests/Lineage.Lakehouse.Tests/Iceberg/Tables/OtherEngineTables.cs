using System.Text.Json;
using Lineage.Lakehouse.Iceberg.Tables;
using Lineage.Lakehouse.IO;
using Lineage.Lakehouse.Tests.Interop;

namespace Lineage.Lakehouse.Tests.Iceberg.Tables;

/// <summary>
/// Loads the fixture tables written by other engines (tests/fixtures/iceberg) and reads their files with DuckDB, for
/// comparison with what a scan returns.
/// </summary>
public static class OtherEngineTables
{
    public static async Task<(IcebergTable Table, RelocatedFileIO IO)> LoadAsync(string fixture)
    {
        var folder = IcebergFixtures.Table(fixture);
        var io = RelocatedFileIO.ForFolder(new LocalFileIO(), folder);
        return (await IcebergTable.LoadAsync(io, LocalFileIO.ToUri(folder)), io);
    }

    /// <summary>
    /// Every name a field ever had in the table's schemas, and its spelling in Parquet files (Iceberg writers replace
    /// characters other than letters, digits and <c>_</c> with <c>_x</c> and the hex code), mapped to its name in the
    /// current schema.
    /// </summary>
    public static Dictionary<string, string> CurrentNames(IcebergTable table)
    {
        var current = table.Metadata.CurrentSchema;
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var schema in table.Metadata.Schemas)
        {
            foreach (var field in schema.Fields)
            {
                if (current.FindField(field.Id) is { } now)
                {
                    names[field.Name] = now.Name;
                    names[ParquetSpelling(field.Name)] = now.Name;
                }
            }
        }
        return names;
    }

    /// <summary>
    /// DuckDB's rows of one Parquet file, in file order (DuckDB reads them on one thread), as stored. The file is
    /// read from a copy outside its <c>key=value</c> folders, so that DuckDB takes no column from the path.
    /// </summary>
    public static async Task<List<JsonElement>> ReadRawWithDuckDbAsync(string location)
    {
        using var copyFolder = new TableFolder();
        var copy = copyFolder.PathOf("data.parquet");
        File.Copy(LocalFileIO.ToPath(location), copy);
        var output = await NodeScript.RunAsync("parquet/read-duckdb.mjs", copy);
        return output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line =>
            {
                using var row = JsonDocument.Parse(line);
                return row.RootElement.Clone();
            })
            .ToList();
    }

    /// <summary>
    /// DuckDB's rows of one data file, in file order, its column names replaced by the current ones and columns added
    /// to the table after the file was written set to null.
    /// </summary>
    public static async Task<List<JsonElement>> ReadWithDuckDbAsync(string location, Dictionary<string, string> currentNames, IEnumerable<string> columns) =>
        (await ReadRawWithDuckDbAsync(location)).Select(row => Renamed(row, currentNames, columns)).ToList();

    /// <summary>A row under the current column names, with a null for each of the columns it lacks.</summary>
    public static JsonElement Renamed(JsonElement row, Dictionary<string, string> currentNames, IEnumerable<string> columns)
    {
        var renamed = row.EnumerateObject().ToDictionary(p => currentNames[p.Name], p => (JsonElement?)p.Value.Clone());
        foreach (var column in columns)
            renamed.TryAdd(column, null);
        return JsonSerializer.SerializeToElement(renamed);
    }

    /// <summary>Rows as text, keys in name order, the list sorted: equal lists hold the same rows.</summary>
    public static List<string> Canonical(IEnumerable<JsonElement> rows) =>
        rows.Select(r => JsonSerializer.Serialize(r.EnumerateObject().OrderBy(p => p.Name, StringComparer.Ordinal).ToDictionary(p => p.Name, p => p.Value)))
            .Order(StringComparer.Ordinal)
            .ToList();

    private static string ParquetSpelling(string name) =>
        string.Concat(name.Select((c, i) => char.IsAsciiLetter(c) || c == '_' || (i > 0 && char.IsAsciiDigit(c)) ? c.ToString() : $"_x{(int)c:X}"));
}
