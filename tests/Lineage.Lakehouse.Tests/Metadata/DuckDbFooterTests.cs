using System.Buffers;
using System.Text.Json;
using Lineage.Lakehouse.Compression;
using Lineage.Lakehouse.Parquet.Metadata;
using Lineage.Lakehouse.Tests.Interop;

namespace Lineage.Lakehouse.Tests.Metadata;

public sealed class DuckDbFooterTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("lineage-footer-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public async Task The_footer_of_a_file_written_by_DuckDB_matches_what_DuckDB_reports()
    {
        var (file, written) = await WriteSampleAsync();

        var metadata = ReadFooter(file);

        Assert.StartsWith("DuckDB", metadata.CreatedBy);
        Assert.Equal(written.GetProperty("numRows").GetInt64(), metadata.NumRows);
        var columns = written.GetProperty("columns").EnumerateArray().ToList();
        var root = metadata.Schema[0];
        Assert.Equal(columns.Count, root.NumChildren);
        var leaves = metadata.Schema.Skip(1).ToList();
        Assert.Equal(columns.Select(c => c.GetProperty("name").GetString()), leaves.Select(e => e.Name));
        Assert.Equal(columns.Select(c => (PhysicalType?)ParseEnum<PhysicalType>(c, "type")), leaves.Select(e => e.Type));
        Assert.Equal(columns.Select(c => ParseEnum<ConvertedType>(c, "converted_type")), leaves.Select(e => e.ConvertedType));
        Assert.All(leaves, e => Assert.Equal(FieldRepetitionType.Optional, e.RepetitionType));
        Assert.Equal(new TimestampType(true, TimeUnit.Micros), leaves.Single(e => e.Name == "measured_at").LogicalType);
        Assert.Equal(new DecimalType(2, 10), leaves.Single(e => e.Name == "weight").LogicalType);
        Assert.Equal(2, leaves.Count(e => e.LogicalType is not null));

        var rowGroupRows = written.GetProperty("rowGroupRows").EnumerateArray().Select(r => r.GetInt64()).ToList();
        Assert.True(rowGroupRows.Count > 1, "the sample should span several row groups");
        Assert.Equal(rowGroupRows, metadata.RowGroups.Select(g => g.NumRows));
        Assert.All(metadata.RowGroups, group =>
        {
            Assert.Equal(columns.Count, group.Columns.Count);
            Assert.All(group.Columns, chunk => Assert.Equal(CompressionCodec.Zstd, chunk.MetaData!.Codec));
        });
        Assert.Equal(leaves.Select(e => e.Name), metadata.RowGroups[0].Columns.Select(c => c.MetaData!.PathInSchema.Single()));
    }

    [Fact]
    public async Task The_footer_of_a_DuckDB_file_survives_a_write_and_read_unchanged()
    {
        var (file, _) = await WriteSampleAsync();
        var metadata = ReadFooter(file);

        var output = new ArrayBufferWriter<byte>();
        ParquetFooter.Write(metadata, output);
        var location = ParquetFooter.Locate(output.WrittenSpan[^ParquetFooter.TrailerLength..], 4 + output.WrittenCount);

        StructuralAssert.Equal(metadata, ParquetFooter.Parse(output.WrittenMemory[..location.Length], 4));
    }

    [Fact]
    public async Task The_pages_of_a_DuckDB_file_have_headers_and_zstd_bodies_of_the_recorded_sizes()
    {
        var (file, _) = await WriteSampleAsync();
        var bytes = await File.ReadAllBytesAsync(file);
        var metadata = ReadFooter(file);

        foreach (var chunk in metadata.RowGroups.SelectMany(g => g.Columns))
        {
            var meta = chunk.MetaData!;
            var offset = meta.DictionaryPageOffset is > 0 and { } dictionary ? dictionary : meta.DataPageOffset;
            var end = offset + meta.TotalCompressedSize;
            var values = 0L;
            while (offset < end)
            {
                var header = PageHeader.Read(bytes.AsMemory((int)offset), offset, out var headerLength);
                var body = bytes.AsSpan((int)offset + headerLength, header.CompressedPageSize);
                var page = new byte[header.UncompressedPageSize];
                BlockCodecs.Get(CompressionKind.Zstd).Decompress(body, page);
                values += header.DataPageHeader?.NumValues ?? header.DataPageHeaderV2?.NumValues ?? 0;
                offset += headerLength + header.CompressedPageSize;
            }
            Assert.Equal(end, offset);
            Assert.Equal(meta.NumValues, values);
        }
    }

    private async Task<(string File, JsonElement Written)> WriteSampleAsync()
    {
        var file = Path.Combine(folder, "sample.parquet");
        var output = await NodeScript.RunAsync("thrift/write-sample.mjs", file);
        return (file, JsonDocument.Parse(output).RootElement);
    }

    private static FileMetaData ReadFooter(string file)
    {
        var bytes = File.ReadAllBytes(file);
        Assert.True(bytes.AsSpan(0, 4).SequenceEqual(ParquetFooter.Magic));
        var location = ParquetFooter.Locate(bytes.AsSpan(^ParquetFooter.TrailerLength), bytes.Length);
        return ParquetFooter.Parse(bytes.AsMemory((int)location.Offset, location.Length), location.Offset);
    }

    /// <summary>DuckDB names enum values as parquet.thrift does (BYTE_ARRAY, INT_64): the same names without underscores.</summary>
    private static T? ParseEnum<T>(JsonElement column, string property) where T : struct, Enum =>
        column.GetProperty(property).GetString() is { } name ? Enum.Parse<T>(name.Replace("_", ""), ignoreCase: true) : null;
}
