using System.Text.Json;

namespace Lineage.Lakehouse.Tests.Fixtures;

/// <summary>
/// One golden Parquet file of tests/fixtures/parquet/catalog.json and its expected rows in the canonical JSON form
/// of tests/interop/README.md. <see cref="File"/> and <see cref="Expected"/> are relative to the fixture folder;
/// <see cref="Path"/> and <see cref="ExpectedPath"/> are absolute.
/// </summary>
public sealed record GoldenFile(
    string Name,
    string Origin,
    string Description,
    string File,
    string Expected,
    string Table,
    string Codec,
    string? ParquetVersion,
    IReadOnlyList<string> DataPageTypes,
    string CreatedBy,
    long Rows,
    IReadOnlyList<long> RowGroups,
    IReadOnlyList<GoldenColumn> Columns,
    IReadOnlyList<GoldenLeaf> Leaves,
    IReadOnlyDictionary<string, int>? FieldIds)
{
    public string Path => System.IO.Path.Combine(GoldenCatalog.Folder, File);

    public string ExpectedPath => System.IO.Path.Combine(GoldenCatalog.Folder, Expected);

    /// <summary>The expected rows, one JSON object per row with the columns in file order.</summary>
    public IReadOnlyList<JsonElement> ReadExpectedRows() =>
        System.IO.File.ReadLines(ExpectedPath)
            .Select(line =>
            {
                using var document = JsonDocument.Parse(line);
                return document.RootElement.Clone();
            })
            .ToList();

    public override string ToString() => Name;
}
