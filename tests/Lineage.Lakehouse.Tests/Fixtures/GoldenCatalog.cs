using System.Text.Json;
using Lineage.Lakehouse.Tests.Interop;

namespace Lineage.Lakehouse.Tests.Fixtures;

/// <summary>
/// The golden Parquet files listed in tests/fixtures/parquet/catalog.json (written by
/// tests/interop/parquet/generate-golden.mjs).
/// </summary>
public static class GoldenCatalog
{
    private static readonly JsonSerializerOptions CatalogJson = new() { PropertyNamingPolicy = JsonNamingPolicy.CamelCase };
    private static readonly Lazy<IReadOnlyList<GoldenFile>> Catalog = new(Load);

    public static string Folder { get; } =
        System.IO.Path.GetFullPath(System.IO.Path.Combine(NodeScript.InteropFolder, "..", "fixtures", "parquet"));

    public static string CatalogPath => System.IO.Path.Combine(Folder, "catalog.json");

    public static IReadOnlyList<GoldenFile> Files => Catalog.Value;

    public static GoldenFile Get(string name) =>
        Files.FirstOrDefault(file => file.Name == name)
        ?? throw new KeyNotFoundException(
            $"No golden file '{name}' in {CatalogPath}; it lists {string.Join(", ", Files.Select(file => file.Name))}.");

    /// <summary>The file names, for <c>[MemberData]</c> theories that run once per golden file.</summary>
    public static TheoryData<string> Names()
    {
        var names = new TheoryData<string>();
        foreach (var file in Files)
            names.Add(file.Name);
        return names;
    }

    private static IReadOnlyList<GoldenFile> Load()
    {
        using var stream = System.IO.File.OpenRead(CatalogPath);
        using var document = JsonDocument.Parse(stream);
        return document.RootElement.GetProperty("fixtures").Deserialize<List<GoldenFile>>(CatalogJson)
            ?? throw new InvalidDataException($"{CatalogPath} has no fixtures list.");
    }
}
