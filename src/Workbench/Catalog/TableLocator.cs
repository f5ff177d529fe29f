using Lineage.Lakehouse.Iceberg.Tables;
using Lineage.Lakehouse.IO;
using Lineage.Lakehouse.IO.S3;
using Lineage.Workbench.Hosting;
using Lineage.Workbench.Storage;

namespace Lineage.Workbench.Catalog;

/// <summary>
/// Finds a table from what a person types: a folder or URI of the table itself, a key under the warehouse
/// (<c>quantum_features/vqe_results</c>) or an asset name (<c>vqe_results</c>).
/// </summary>
public sealed class TableLocator(IConfiguration configuration, AssetCatalog catalog)
{
    public (IFileIO Io, string Location) Resolve(string table)
    {
        var location = IsLocation(table) ? Normalize(table) : UnderWarehouse(table);
        return (IoFor(location), location);
    }

    /// <summary>The warehouse root as a URI (<c>file:/…</c> or <c>s3://…</c>).</summary>
    public string WarehouseRoot => RootUri(LineageOptions.From(configuration).Warehouse);

    /// <summary>The raw root as a URI (<c>file:/…</c> or <c>s3://…</c>).</summary>
    public string RawRoot => RootUri(LineageOptions.From(configuration).Raw);

    /// <summary>The file IO for a location; on S3, table commits are serialised by a lock row in the catalog database.</summary>
    public IFileIO IoFor(string location)
    {
        var commitLock = S3Location.IsS3(location) && configuration.GetConnectionString("Catalog") is { Length: > 0 } catalogDb
            ? new DatabaseCommitLock(catalogDb, TimeProvider.System)
            : null;
        return FileIOs.For(location, S3SettingsFrom(configuration), commitLock);
    }

    public async Task<(IcebergTable Table, string Location)> LoadAsync(string table, CancellationToken cancellationToken)
    {
        var (io, location) = Resolve(table);
        return (await IcebergTable.LoadAsync(io, location, cancellationToken), location);
    }

    /// <summary>S3 credentials come from the environment; endpoint, region and addressing may also come from <c>Lineage:S3</c>.</summary>
    public static S3Settings S3SettingsFrom(IConfiguration configuration)
    {
        var settings = S3Settings.FromEnvironment();
        var section = configuration.GetSection("Lineage:S3");
        return settings with
        {
            ServiceUrl = section["ServiceUrl"] ?? settings.ServiceUrl,
            Region = section["Region"] ?? settings.Region,
            ForcePathStyle = bool.TryParse(section["ForcePathStyle"], out var pathStyle) ? pathStyle : settings.ForcePathStyle,
        };
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

    private static string RootUri(string configured) =>
        S3Location.IsS3(configured) || configured.StartsWith("file:", StringComparison.OrdinalIgnoreCase)
            ? configured
            : LocalFileIO.ToUri(Path.GetFullPath(configured));
}
