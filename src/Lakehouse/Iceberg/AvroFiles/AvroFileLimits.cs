namespace Lineage.Lakehouse.Iceberg.AvroFiles;

/// <summary>
/// Bounds on what an Avro file of ours may make us allocate. Manifests and manifest lists are small (writers aim at
/// a few megabytes, in blocks of tens of kilobytes), so anything beyond these is damage or an attack.
/// </summary>
internal static class AvroFileLimits
{
    /// <summary>Largest file read whole into memory.</summary>
    public const int MaxFileBytes = 64 << 20;

    /// <summary>Largest uncompressed block.</summary>
    public const int MaxBlockBytes = 64 << 20;

    /// <summary>Largest sum of a file's uncompressed blocks.</summary>
    public const long MaxDecompressedBytes = 256L << 20;

    /// <summary>Deepest nesting of values (records, arrays, maps, unions) followed.</summary>
    public const int MaxDepth = 64;
}
