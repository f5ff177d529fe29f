namespace Lineage.Lakehouse.Compression;

/// <summary>The block compression formats Avro blocks use.</summary>
public enum CompressionKind
{
    None,
    Snappy,

    /// <summary>Raw RFC 1951 data without framing (the Avro "deflate" codec).</summary>
    Deflate,
}
