using Lineage.Lakehouse.Iceberg.Tables;
using Lineage.Lakehouse.IO;
using Lineage.Lakehouse.IO.S3;

namespace Lineage.Workbench.Catalog;

/// <summary>
/// Finds a table from what a person types: a folder or URI of the table itself, a key under the warehouse
/// (<c>quantum_features/vqe_results</c>) or an asset name (<c>vqe_results</c>).
/// </summary>
public sealed class TableLocator(IConfiguration configuration, AssetCatalog catalog)
{
    private readonly StorageLocations _storage = new(configuration);

    public (IFileIO Io, string Location) Resolve(string table)
    {
        var location = IsLocation(table) ? Normalize(table) : UnderWarehouse(table);
        return (IoFor(location), location);
    }

    /// <inheritdoc cref="StorageLocations.WarehouseRoot"/>
    public string WarehouseRoot => _storage.WarehouseRoot;

    /// <inheritdoc cref="StorageLocations.RawRoot"/>
    public string RawRoot => _storage.RawRoot;

    /// <inheritdoc cref="StorageLocations.IoFor"/>
    public IFileIO IoFor(string location) => _storage.IoFor(location);

    public async Task<(IcebergTable Table, string Location)> LoadAsync(string table, CancellationToken cancellationToken)
    {
        var (io, location) = Resolve(table);
        return (await IcebergTable.LoadAsync(io, location, cancellationToken), location);
    }

    private static bool IsLocation(string table) =>
        table.Contains("://", StringComparison.Ordinal) || table.StartsWith("file:", StringComparison.OrdinalIgnoreCase) || Directory.Exists(table);

    private static string Normalize(string table) =>
        S3Location.IsS3(table) || table.StartsWith("file:", StringComparison.OrdinalIgnoreCase) ? table : LocalFileIO.ToUri(Path.GetFullPath(table));

    private string UnderWarehouse(string table)
    {
        var key = table.Contains('/') ? table : catalog.Graph.Resolve(table).Key.Value;
        return WarehouseRoot.TrimEnd('/') + "/" + key;
    }
}
