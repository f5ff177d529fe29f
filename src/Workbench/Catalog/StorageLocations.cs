using Lineage.Lakehouse.IO;
using Lineage.Lakehouse.IO.S3;
using Lineage.Materializers.Raw;
using Lineage.Workbench.Hosting;
using Lineage.Workbench.Storage;

namespace Lineage.Workbench.Catalog;

/// <summary>The configured warehouse and raw roots as URIs, and the file IO that reaches a location.</summary>
public sealed class StorageLocations(IConfiguration configuration)
{
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

    /// <summary>The raw VQE result files under the configured raw root, with <c>Lineage:Raw:MaxFileBytes</c> as the size limit.</summary>
    public RawSource Raw() => new(IoFor(RawRoot), RawRoot, MaxRawFileBytes);

    private long MaxRawFileBytes =>
        configuration["Lineage:Raw:MaxFileBytes"] is not { Length: > 0 } text ? RawSource.DefaultMaxFileBytes
        : long.TryParse(text, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var bytes) && bytes > 0 ? bytes
        : throw new ArgumentException($"Lineage:Raw:MaxFileBytes must be a positive number of bytes, not '{text}'");

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

    private static string RootUri(string configured) =>
        S3Location.IsS3(configured) || configured.StartsWith("file:", StringComparison.OrdinalIgnoreCase)
            ? configured
            : LocalFileIO.ToUri(Path.GetFullPath(configured));
}
