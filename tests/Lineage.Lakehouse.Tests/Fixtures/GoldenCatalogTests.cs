using System.Text.Json;
using Lineage.Lakehouse.Tests.Interop;

namespace Lineage.Lakehouse.Tests.Fixtures;

public class GoldenCatalogTests
{
    private static readonly string[] Codecs = ["UNCOMPRESSED", "SNAPPY", "GZIP", "ZSTD", "BROTLI", "LZ4_RAW"];
    private static readonly byte[] Magic = "PAR1"u8.ToArray();

    [Theory]
    [MemberData(nameof(GoldenCatalog.Names), MemberType = typeof(GoldenCatalog))]
    public void Golden_file_is_a_parquet_file_with_as_many_expected_rows_as_the_catalog_says(string name)
    {
        var golden = GoldenCatalog.Get(name);

        var bytes = File.ReadAllBytes(golden.Path);
        Assert.True(bytes.Length > 2 * Magic.Length, $"{golden.File} is too short for a Parquet file.");
        Assert.Equal(Magic, bytes[..Magic.Length]);
        Assert.Equal(Magic, bytes[^Magic.Length..]);
        Assert.Equal(golden.Rows, golden.ReadExpectedRows().Count);
        Assert.Equal(golden.Rows, golden.RowGroups.Sum());
    }

    [Theory]
    [MemberData(nameof(GoldenCatalog.Names), MemberType = typeof(GoldenCatalog))]
    public void Expected_rows_hold_the_catalog_columns_in_file_order(string name)
    {
        var golden = GoldenCatalog.Get(name);
        var columns = golden.Columns.Select(column => column.Name).ToList();

        foreach (var row in golden.ReadExpectedRows())
        {
            Assert.Equal(JsonValueKind.Object, row.ValueKind);
            Assert.Equal(columns, row.EnumerateObject().Select(field => field.Name).ToList());
        }
    }

    [Theory]
    [MemberData(nameof(GoldenCatalog.Names), MemberType = typeof(GoldenCatalog))]
    public void Catalog_leaves_describe_every_column_chunk(string name)
    {
        var golden = GoldenCatalog.Get(name);

        Assert.NotEmpty(golden.Leaves);
        Assert.All(golden.Leaves, leaf =>
        {
            Assert.Contains(leaf.Path.Split('.')[0], golden.Columns.Select(column => column.Name));
            Assert.NotEmpty(leaf.Encodings);
            Assert.Equal(leaf.Dictionary, leaf.Pages.Any(page => page.StartsWith("DICTIONARY_PAGE:", StringComparison.Ordinal)));
        });
    }

    [Fact]
    public void Catalog_covers_every_codec_in_both_format_versions_and_both_data_page_versions()
    {
        var files = GoldenCatalog.Files;

        foreach (var codec in Codecs)
        {
            foreach (var version in new[] { "V1", "V2" })
                Assert.Contains(files, file => file.Codec == codec && file.ParquetVersion == version);
        }
        Assert.Contains(files, file => file.DataPageTypes.Contains("DATA_PAGE"));
        Assert.Contains(files, file => file.DataPageTypes.Contains("DATA_PAGE_V2"));
        Assert.Contains(files, file => file.RowGroups.Count > 1);
        Assert.Contains(files, file => file.FieldIds is { Count: > 0 });
    }

    [Fact]
    public void Every_parquet_file_of_the_fixture_folder_is_in_the_catalog()
    {
        var listed = GoldenCatalog.Files.Select(file => Path.GetFullPath(file.Path)).ToHashSet();

        var unlisted = Directory.EnumerateFiles(GoldenCatalog.Folder, "*.parquet", SearchOption.AllDirectories)
            .Where(path => !listed.Contains(Path.GetFullPath(path)))
            .ToList();

        Assert.Empty(unlisted);
    }

    [Fact]
    public void Catalog_names_are_unique()
    {
        var duplicates = GoldenCatalog.Files.GroupBy(file => file.Name).Where(group => group.Count() > 1).Select(group => group.Key);

        Assert.Empty(duplicates);
    }

    [Fact]
    public async Task DuckDB_and_hyparquet_read_every_golden_file_as_its_expected_rows()
    {
        // self-check.mjs exits non-zero, and RunAsync throws with its report, when any reading differs.
        var output = await NodeScript.RunAsync("parquet/self-check.mjs");

        Assert.Contains($"{GoldenCatalog.Files.Count} golden files read alike", output, StringComparison.Ordinal);
    }
}
