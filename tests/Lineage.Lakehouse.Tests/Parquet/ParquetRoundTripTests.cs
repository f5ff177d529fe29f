using System.Buffers.Binary;
using Lineage.Lakehouse.Parquet;

namespace Lineage.Lakehouse.Tests.Parquet;

/// <summary>Files our writer produces read back by our reader exactly, with every codec; the summary's metrics.</summary>
public sealed class ParquetRoundTripTests : IDisposable
{
    private readonly string _folder = Directory.CreateTempSubdirectory("lineage-parquet-").FullName;

    public void Dispose() => Directory.Delete(_folder, recursive: true);

    public static TheoryData<ParquetCodec, bool> Layouts()
    {
        var data = new TheoryData<ParquetCodec, bool>();
        foreach (var codec in Enum.GetValues<ParquetCodec>())
            data.Add(codec, true);
        data.Add(ParquetCodec.Snappy, false);
        return data;
    }

    [Theory]
    [MemberData(nameof(Layouts))]
    public async Task Every_layout_reads_back_exactly(ParquetCodec codec, bool dictionary)
    {
        var batches = new[] { SampleTable.Create(700), SampleTable.Create(555, firstId: 700) };

        var path = await ParquetFiles.WriteAsync(_folder, new ArrowParquetWriterOptions { Codec = codec, Dictionary = dictionary, RowGroupSize = 48 * 1024 }, batches);

        ParquetFiles.AssertSameRows(batches.SelectMany(CanonicalRows.Of).ToList(), await ParquetFiles.ReadAsync(path), $"{codec} dictionary={dictionary}");
    }

    [Fact]
    public async Task A_small_row_group_size_cuts_several_row_groups()
    {
        var batches = Enumerable.Range(0, 4).Select(b => SampleTable.Create(1500, b * 1500)).ToArray();

        var (path, summary) = await ParquetFiles.WriteWithSummaryAsync(_folder, new ArrowParquetWriterOptions { RowGroupSize = 64 * 1024 }, batches);

        await using var reader = await ParquetFiles.OpenAsync(path);
        Assert.True(reader.RowGroupCount >= 2, $"expected several row groups, got {reader.RowGroupCount}");
        Assert.Equal(6000, reader.RowCount);
        Assert.Equal(reader.RowGroupCount, summary.RowGroupOffsets.Count);
        Assert.Equal(new FileInfo(path).Length, summary.BytesWritten);
        ParquetFiles.AssertSameRows(batches.SelectMany(CanonicalRows.Of).ToList(), await ParquetFiles.ReadAsync(path), "row groups");
    }

    [Fact]
    public async Task A_reader_left_after_its_first_row_group_reads_the_file_again_from_the_start()
    {
        var batches = Enumerable.Range(0, 4).Select(b => SampleTable.Create(1500, b * 1500)).ToArray();
        var path = await ParquetFiles.WriteAsync(_folder, new ArrowParquetWriterOptions { RowGroupSize = 32 * 1024 }, batches);

        await using var reader = await ParquetFiles.OpenAsync(path);
        Assert.True(reader.RowGroupCount >= 4, $"expected several row groups, got {reader.RowGroupCount}");
        await foreach (var first in reader.ReadAsync())
        {
            Assert.Equal(((Apache.Arrow.Int64Array)batches[0].Column("id")).GetValue(0), ((Apache.Arrow.Int64Array)first.Column("id")).GetValue(0));
            break;
        }
        var ids = new List<long>();
        await foreach (var batch in reader.ReadAsync(new ParquetReadRequest { Columns = ["id"] }))
            ids.AddRange(((Apache.Arrow.Int64Array)batch.Column(0)).Values.ToArray());

        Assert.Equal(batches.SelectMany(b => ((Apache.Arrow.Int64Array)b.Column("id")).Values.ToArray()), ids);
    }

    [Fact]
    public async Task Projection_returns_only_the_asked_columns_in_their_order()
    {
        var batch = SampleTable.Create(300);
        var path = await ParquetFiles.WriteAsync(_folder, new ArrowParquetWriterOptions(), batch);

        var rows = await ParquetFiles.ReadAsync(path, new ParquetReadRequest { Columns = ["coords", "id"] });

        var all = CanonicalRows.Of(batch);
        Assert.Equal(300, rows.Count);
        for (var i = 0; i < rows.Count; i++)
        {
            Assert.Equal(["coords", "id"], rows[i].EnumerateObject().Select(p => p.Name));
            Assert.True(System.Text.Json.JsonElement.DeepEquals(all[i].GetProperty("coords"), rows[i].GetProperty("coords")));
        }
    }

    [Fact]
    public async Task Statistics_prune_row_groups_that_cannot_match()
    {
        var path = await ParquetFiles.WriteAsync(_folder, new ArrowParquetWriterOptions { RowGroupSize = 16 * 1024 },
            SampleTable.Create(400), SampleTable.Create(400, 400), SampleTable.Create(400, 800));
        await using var reader = await ParquetFiles.OpenAsync(path);
        Assert.True(reader.RowGroupCount >= 3);
        var firstId = 800L * 7919 - 1_000_000;

        async Task<int> GroupsRead(params ColumnPredicate[] filters)
        {
            var groups = 0;
            await foreach (var _ in reader.ReadAsync(new ParquetReadRequest { Columns = ["id"], Filters = filters }))
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
    public async Task The_summary_holds_Iceberg_metrics_by_field_id()
    {
        var (_, summary) = await ParquetFiles.WriteWithSummaryAsync(_folder, new ArrowParquetWriterOptions(), SampleTable.Create(200));

        Assert.Equal(200, summary.RowCount);
        Assert.Equal(200, summary.ValueCounts[1]);
        Assert.Equal(0, summary.NullValueCounts[1]);
        Assert.Equal(-1_000_000L, BinaryPrimitives.ReadInt64LittleEndian(summary.LowerBounds[1]));
        Assert.Equal(199L * 7919 - 1_000_000, BinaryPrimitives.ReadInt64LittleEndian(summary.UpperBounds[1]));
        Assert.Equal("category-0"u8.ToArray(), summary.LowerBounds[8]);
        Assert.Equal("category-9"u8.ToArray(), summary.UpperBounds[8]);
        Assert.Equal(50, summary.NullValueCounts[5]);
        Assert.True(summary.NanValueCounts[6] > 0, "f32 holds NaNs");
        Assert.False(double.IsNaN(BinaryPrimitives.ReadSingleLittleEndian(summary.UpperBounds[6])));
        Assert.DoesNotContain(20, summary.LowerBounds.Keys);
        Assert.All(summary.ColumnSizes.Values, size => Assert.True(size > 0));
    }

    [Fact]
    public async Task Key_value_metadata_is_kept()
    {
        var path = await ParquetFiles.WriteAsync(_folder, new ArrowParquetWriterOptions { KeyValueMetadata = new Dictionary<string, string> { ["iceberg.schema"] = "{}", ["lineage"] = "yes" } }, SampleTable.Create(3));

        await using var reader = await ParquetFiles.OpenAsync(path);
        Assert.Equal("yes", reader.KeyValueMetadata["lineage"]);
    }

    [Fact]
    public async Task An_empty_file_has_a_schema_and_no_rows()
    {
        var path = await ParquetFiles.WriteAsync(_folder, new ArrowParquetWriterOptions());

        await using var reader = await ParquetFiles.OpenAsync(path);
        Assert.Equal(0, reader.RowCount);
        Assert.Equal(SampleTable.Schema.FieldsList.Select(f => f.Name), reader.Schema.FieldsList.Select(f => f.Name));
        Assert.Empty(await ParquetFiles.ReadAsync(path));
    }
}
