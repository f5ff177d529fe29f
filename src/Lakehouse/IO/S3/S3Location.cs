namespace Lineage.Lakehouse.IO.S3;

/// <summary>A bucket and key parsed from <c>s3://bucket/key</c> (<c>s3a://</c> and <c>s3n://</c> are read the same way).</summary>
public readonly record struct S3Location(string Bucket, string Key)
{
    private static readonly string[] Schemes = ["s3://", "s3a://", "s3n://"];

    public static bool IsS3(string location) =>
        Schemes.Any(scheme => location.StartsWith(scheme, StringComparison.OrdinalIgnoreCase));

    public static S3Location Parse(string location)
    {
        ArgumentNullException.ThrowIfNull(location);
        var scheme = Schemes.FirstOrDefault(s => location.StartsWith(s, StringComparison.OrdinalIgnoreCase))
            ?? throw new FileIOException(location, "an object-store location must start with s3://bucket/.");
        var rest = location[scheme.Length..];
        var slash = rest.IndexOf('/');
        var bucket = slash < 0 ? rest : rest[..slash];
        if (bucket.Length == 0)
            throw new FileIOException(location, "the location names no bucket; write it as s3://bucket/key.");
        return new S3Location(bucket, slash < 0 ? "" : rest[(slash + 1)..]);
    }

    /// <summary>The key of the folder holding this key, with its trailing slash ("" at the bucket's root).</summary>
    public string Folder => Key.LastIndexOf('/') is var slash and >= 0 ? Key[..(slash + 1)] : "";

    public override string ToString() => $"s3://{Bucket}/{Key}";
}
