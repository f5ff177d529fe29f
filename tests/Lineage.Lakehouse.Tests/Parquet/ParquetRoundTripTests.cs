using System.Text.Json;
using Lineage.Lakehouse.Compression;
using Lineage.Lakehouse.Parquet;
using Lineage.Lakehouse.Parquet.Data;
using Lineage.Lakehouse.Parquet.Reading;
using Lineage.Lakehouse.Parquet.Writing;

namespace Lineage.Lakehouse.Tests.Parquet;

/// <summary>Files our writer produces read back by our reader exactly, in every layout option.</summary>
public sealed class ParquetRoundTripTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("lineage-parquet-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public static TheoryData<CompressionKind, DataPageVersion, bool> Layouts()
    {
        var data = new TheoryData<CompressionKind, DataPageVersion, bool>();
        foreach (var codec in new[] { CompressionKind.None, CompressionKind.Snappy, CompressionKind.Gzip, CompressionKind.Zstd, CompressionKind.Brotli, CompressionKind.Lz4Raw })
        foreach (var version in new[] { DataPageVersion.V1, DataPageVersion.V2 })
            data.Add(codec, version, true);
        data.Add(CompressionKind.Snappy, DataPageVersion.V1, false);
        data.Add(CompressionKind.Snappy, DataPageVersion.V2, false);
        return data;
    }

    internal static async Task<string> WriteAsync(string folder, ParquetWriterOptions options, params RecordBatch[] batches)
    {
        var path = Path.Combine(folder, $"{Guid.NewGuid():N}.parquet");
        await using (var stream = File.Create(path))
        await using (var writer = new ParquetWriter(stream, SampleTable.Schema, options))
        {
            foreach (var batch in batches)
                await writer.WriteAsync(batch);
            await writer.FinishAsync();
        }
        return path;
    }

    internal static async Task<List<JsonElement>> ReadAsync(string path, ParquetReadOptions? options = null)
    {
        await using var reader = await ParquetReader.OpenAsync(path);
        var rows = new List<JsonElement>();
        await foreach (var batch in reader.ReadAsync(options))
            rows.AddRange(CanonicalRows.Of(batch));
        return rows;
    }

    internal static void AssertSameRows(IReadOnlyList<JsonElement> expected, IReadOnlyList<JsonElement> actual, string what)
    {
        Assert.Equal(expected.Count, actual.Count);
        for (var i = 0; i < expected.Count; i++)
        {
            if (!JsonElement.DeepEquals(expected[i], actual[i]))
                Assert.Fail($"{what}, row {i}:\nexpected {expected[i].GetRawText()}\nactual   {actual[i].GetRawText()}");
        }
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public async Task Every_layout_reads_back_exactly(CompressionKind codec, DataPageVersion version, bool dictionary)
    {
        var batches = new[] { SampleTable.Create(700), SampleTable.Create(555, firstId: 700) };
        var options = new ParquetWriterOptions { Compression = codec, PageVersion = version, Dictionary = dictionary, DataPageSize = 4096, RowGroupSize = 48 * 1024 };

        var path = await WriteAsync(_folder, options, batches);

        var expected = batches.SelectMany(CanonicalRows.Of).ToList();
        AssertSameRows(expected, await ReadAsync(path), $"{codec} {version} dictionary={dictionary}");
    }

    [Fact]
    public async Task Small_row_group_and_page_sizes_cut_several_row_groups_and_pages()
    {
        var batches = Enumerable.Range(0, 4).Select(b => SampleTable.Create(1500, b * 1500)).ToArray();
        var path = await WriteAsync(_folder, new ParquetWriterOptions { DataPageSize = 2048, RowGroupSize = 64 * 1024 }, batches);

        await using var reader = await ParquetReader.OpenAsync(path);
        Assert.True(reader.RowGroupCount >= 2, $"expected several row groups, got {reader.RowGroupCount}");
        Assert.Equal(6000, reader.RowCount);
        AssertSameRows(batches.SelectMany(CanonicalRows.Of).ToList(), await ReadAsync(path), "many pages");
        Assert.Contains(reader.Metadata.RowGroups[0].Columns[0].MetaData!.EncodingStats!, s => s.Count > 1);
    }

    [Fact]
    public async Task Projection_and_limit_return_only_the_asked_columns_and_rows()
    {
        var batch = SampleTable.Create(300);
        var path = await WriteAsync(_folder, new ParquetWriterOptions { DataPageSize = 1024 }, batch);

        var rows = await ReadAsync(path, new ParquetReadOptions { Columns = ["coords", "id"], Limit = 42 });

        Assert.Equal(42, rows.Count);
        var all = CanonicalRows.Of(batch);
        for (var i = 0; i < 42; i++)
        {
            Assert.Equal(["coords", "id"], rows[i].EnumerateObject().Select(p => p.Name));
            Assert.True(JsonElement.DeepEquals(all[i].GetProperty("coords"), rows[i].GetProperty("coords")));
        }
    }

    [Fact]
    public async Task Statistics_prune_row_groups_that_cannot_match()
    {
        var path = await WriteAsync(_folder, new ParquetWriterOptions { RowGroupSize = 16 * 1024 }, SampleTable.Create(400), SampleTable.Create(400, 400), SampleTable.Create(400, 800));
        await using var reader = await ParquetReader.OpenAsync(path);
        Assert.True(reader.RowGroupCount >= 3);
        long firstId = (long)800 * 7919 - 1_000_000;

        async Task<int> GroupsRead(params ColumnPredicate[] filters)
        {
            var groups = 0;
            await foreach (var _ in reader.ReadAsync(new ParquetReadOptions { Columns = ["id"], Filters = filters }))
                groups++;
            return groups;
        }

        Assert.Equal(reader.RowGroupCount, await GroupsRead());
        Assert.True(await GroupsRead(ColumnPredicate.GreaterThan("id", firstId)) < reader.RowGroupCount);
        Assert.Equal(0, await GroupsRead(ColumnPredicate.LessThan("id", -2_000_000L)));
        Assert.Equal(1, await GroupsRead(ColumnPredicate.Equal("id", -1_000_000L)));
        Assert.Equal(0, await GroupsRead(ColumnPredicate.IsNull("id")));
        Assert.Equal(0, await GroupsRead(ColumnPredicate.Equal("category", "zzz")));
        Assert.Equal(0, await GroupsRead(ColumnPredicate.Between("day", new DateOnly(2100, 1, 1), new DateOnly(2200, 1, 1))));
    }

    [Fact]
    public async Task Key_value_metadata_and_created_by_are_kept()
    {
        var path = await WriteAsync(_folder, new ParquetWriterOptions { KeyValueMetadata = new Dictionary<string, string> { ["iceberg.schema"] = "{}", ["lineage"] = "yes" } }, SampleTable.Create(3));

        await using var reader = await ParquetReader.OpenAsync(path);
        Assert.Equal("yes", reader.KeyValueMetadata["lineage"]);
        Assert.StartsWith("Lineage version", reader.CreatedBy);
    }

    [Fact]
    public async Task An_empty_file_has_a_schema_and_no_rows()
    {
        var path = await WriteAsync(_folder, new ParquetWriterOptions());

        await using var reader = await ParquetReader.OpenAsync(path);
        Assert.Equal(0, reader.RowCount);
        Assert.Equal(SampleTable.Schema.Fields.Select(f => f.Name), reader.Schema.Fields.Select(f => f.Name));
        Assert.Empty(await ReadAsync(path));
    }
}
