namespace Lineage.Lakehouse.Avro.Files;

/// <summary>How the data blocks of an object container file are compressed (the <c>avro.codec</c> metadata).</summary>
public enum AvroCodec
{
    /// <summary>"null": blocks are stored as they are.</summary>
    Null,

    /// <summary>"deflate": raw RFC 1951 deflate, without zlib header or checksum.</summary>
    Deflate,

    /// <summary>"snappy": a snappy block followed by the big-endian CRC-32 of the uncompressed data.</summary>
    Snappy,
}
