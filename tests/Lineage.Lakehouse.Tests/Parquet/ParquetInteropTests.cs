using System.Text.Json;
using Apache.Arrow;
using Lineage.Lakehouse.Parquet;
using Lineage.Lakehouse.Tests.Interop;

namespace Lineage.Lakehouse.Tests.Parquet;

/// <summary>Files our writer produces, read by independent readers: DuckDB and hyparquet must see exactly what we wrote.</summary>
public sealed class ParquetInteropTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("lineage-parquet-interop-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public static TheoryData<string, ParquetCodec, bool> Layouts()
    {
        var data = new TheoryData<string, ParquetCodec, bool>();
        foreach (var reader in new[] { "parquet/read-duckdb.mjs", "parquet/read-hyparquet.mjs" })
        foreach (var codec in Enum.GetValues<ParquetCodec>())
            data.Add(reader, codec, codec != ParquetCodec.Gzip);
        return data;
    }

    private static List<JsonElement> ParseLines(string output) =>
        output.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(line => JsonDocument.Parse(line).RootElement.Clone()).ToList();

    [Theory]
    [MemberData(nameof(Layouts))]
    public async Task An_independent_reader_sees_exactly_the_values_we_wrote(string reader, ParquetCodec codec, bool dictionary)
    {
        var batches = new[] { SampleTable.Create(600), SampleTable.Create(400, firstId: 600) };
        var path = await ParquetFiles.WriteAsync(_folder,
            new ArrowParquetWriterOptions { Codec = codec, Dictionary = dictionary, RowGroupSize = 64 * 1024 }, batches);

        var rows = ParseLines(await NodeScript.RunAsync(reader, path));

        ParquetFiles.AssertSameRows(batches.SelectMany(CanonicalRows.Of).ToList(), rows, $"{reader} on {codec} dictionary={dictionary}");
    }

    [Fact]
    public async Task DuckDB_sees_our_field_ids_types_and_statistics()
    {
        var path = await ParquetFiles.WriteAsync(_folder, new ArrowParquetWriterOptions(), SampleTable.Create(200));

        using var description = JsonDocument.Parse(await NodeScript.RunAsync("parquet/describe-duckdb.mjs", path));

        var schema = description.RootElement.GetProperty("schema").EnumerateArray().ToList();
        int? FieldId(string name) => schema.Single(e => e.GetProperty("name").GetString() == name).GetProperty("fieldId") is { ValueKind: JsonValueKind.Number } id ? id.GetInt32() : null;
        Assert.Equal(1, FieldId("id"));
        Assert.Equal(14, FieldId("at"));
        Assert.Equal(1, schema.Where(e => e.GetProperty("name").GetString() == "element").Select(e => e.GetProperty("fieldId")).Count(f => f.ValueKind == JsonValueKind.Number && f.GetInt32() == 23));
        var at = schema.Single(e => e.GetProperty("name").GetString() == "at");
        Assert.Equal("INT64", at.GetProperty("physicalType").GetString());
        Assert.Contains("TIMESTAMP WITH TIME ZONE", at.GetProperty("duckdbType").GetString());
        var chunks = description.RootElement.GetProperty("rowGroups")[0].GetProperty("columns").EnumerateArray().ToList();
        var id = chunks.Single(c => string.Join(".", c.GetProperty("path").EnumerateArray().Select(p => p.GetString())) == "id").GetProperty("statistics");
        Assert.Equal("-1000000", id.GetProperty("minValue").GetString());
        Assert.Equal((199L * 7919 - 1_000_000).ToString(System.Globalization.CultureInfo.InvariantCulture), id.GetProperty("maxValue").GetString());
        var category = chunks.Single(c => string.Join(".", c.GetProperty("path").EnumerateArray().Select(p => p.GetString())) == "category").GetProperty("statistics");
        Assert.Equal("category-0", category.GetProperty("minValue").GetString());
        Assert.Equal("category-9", category.GetProperty("maxValue").GetString());
        Assert.Equal("0", category.GetProperty("nullCount").ToString());
        var atStatistics = chunks.Single(c => string.Join(".", c.GetProperty("path").EnumerateArray().Select(p => p.GetString())) == "at").GetProperty("statistics");
        Assert.StartsWith("1969-12-31 23:51:40", atStatistics.GetProperty("minValue").GetString());
    }

    [Fact]
    public async Task Repeated_strings_are_dictionary_encoded_and_distinct_ones_are_plain_with_their_statistics()
    {
        var batch = SampleTable.Create(200);
        var path = await ParquetFiles.WriteAsync(_folder, new ArrowParquetWriterOptions(), batch);

        using var description = JsonDocument.Parse(await NodeScript.RunAsync("parquet/describe-duckdb.mjs", path));

        var chunks = description.RootElement.GetProperty("rowGroups")[0].GetProperty("columns").EnumerateArray().ToList();
        JsonElement Chunk(string name) => chunks.Single(c => string.Join(".", c.GetProperty("path").EnumerateArray().Select(p => p.GetString())) == name);
        string[] Encodings(string name) => [.. Chunk(name).GetProperty("encodings").EnumerateArray().Select(e => e.GetString()!)];
        Assert.Contains(Encodings("category"), e => e.Contains("DICTIONARY", StringComparison.Ordinal));
        Assert.DoesNotContain(Encodings("text"), e => e.Contains("DICTIONARY", StringComparison.Ordinal));
        var text = description.RootElement.GetProperty("schema").EnumerateArray().Single(e => e.GetProperty("name").GetString() == "text");
        Assert.Equal("VARCHAR", text.GetProperty("duckdbType").GetString());
        var values = (StringArray)batch.Column("text");
        var present = Enumerable.Range(0, values.Length).Where(i => !values.IsNull(i)).Select(i => values.GetBytes(i).ToArray()).ToList();
        var byteOrder = Comparer<byte[]>.Create((a, b) => a.AsSpan().SequenceCompareTo(b));
        var statistics = Chunk("text").GetProperty("statistics");
        Assert.Equal(System.Text.Encoding.UTF8.GetString(present.Order(byteOrder).First()), statistics.GetProperty("minValue").GetString());
        Assert.Equal(System.Text.Encoding.UTF8.GetString(present.Order(byteOrder).Last()), statistics.GetProperty("maxValue").GetString());
        Assert.Equal((values.Length - present.Count).ToString(System.Globalization.CultureInfo.InvariantCulture), statistics.GetProperty("nullCount").ToString());
    }
}
