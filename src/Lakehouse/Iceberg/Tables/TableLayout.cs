using System.Globalization;
using Lineage.Lakehouse.IO;
using Lineage.Lakehouse.IO.S3;

namespace Lineage.Lakehouse.Iceberg.Tables;

/// <summary>Where a hadoop-catalog table keeps its files: <c>metadata/v&lt;N&gt;.metadata.json</c>, the hint, manifests and data.</summary>
internal sealed class TableLayout
{
    public TableLayout(string location)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(location);
        var trimmed = location.TrimEnd('/');
        Location = S3Location.IsS3(trimmed) ? trimmed : LocalFileIO.ToUri(trimmed).TrimEnd('/');
    }

    /// <summary>The absolute table URI without a trailing slash (<c>file:/…</c> or <c>s3://…</c>).</summary>
    public string Location { get; }

    public string MetadataFolder => Location + "/metadata/";

    public string VersionHint => MetadataFolder + "version-hint.text";

    public string MetadataFile(int version) => MetadataFolder + "v" + version.ToString(CultureInfo.InvariantCulture) + ".metadata.json";

    public string Manifest(Guid commitId, int index) =>
        MetadataFolder + string.Create(CultureInfo.InvariantCulture, $"{commitId:D}-m{index}.avro");

    public string ManifestList(long snapshotId, int attempt, Guid commitId) =>
        MetadataFolder + string.Create(CultureInfo.InvariantCulture, $"snap-{snapshotId}-{attempt}-{commitId:D}.avro");

    public string DataFile(string partitionPath) =>
        Location + "/data/" + (partitionPath.Length == 0 ? "" : partitionPath + "/") + Guid.NewGuid().ToString("D") + ".parquet";

    /// <summary>
    /// N of a metadata file location: <c>…/v&lt;N&gt;.metadata.json</c> as hadoop catalogs name them, or
    /// <c>…/&lt;N&gt;-&lt;uuid&gt;.metadata.json</c> as other catalogs (Spark, Athena, Java) do; null for any other file.
    /// </summary>
    public static int? VersionOf(string location)
    {
        const string suffix = ".metadata.json";
        var name = location[(location.LastIndexOf('/') + 1)..];
        if (!name.EndsWith(suffix, StringComparison.Ordinal))
            return null;
        var stem = name.AsSpan(0, name.Length - suffix.Length);
        if (stem.StartsWith("v"))
            return ParseVersion(stem[1..]);
        var dash = stem.IndexOf('-');
        return dash > 0 ? ParseVersion(stem[..dash]) : null;
    }

    private static int? ParseVersion(ReadOnlySpan<char> digits) =>
        int.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version : null;
}
