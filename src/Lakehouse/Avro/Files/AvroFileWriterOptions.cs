namespace Lineage.Lakehouse.Avro.Files;

/// <summary>How an <see cref="AvroFileWriter"/> writes its file.</summary>
public sealed record AvroFileWriterOptions
{
    public AvroCodec Codec { get; init; } = AvroCodec.Null;

    /// <summary>Custom metadata written in the header; keys starting with "avro." are reserved and refused.</summary>
    public IReadOnlyDictionary<string, byte[]> Metadata { get; init; } = AvroMetadata.Empty;

    /// <summary>A block is ended once its uncompressed data reaches this many bytes.</summary>
    public int BlockSizeBytes { get; init; } = 64 * 1024;

    /// <summary>The 16-byte sync marker; a random one when null.</summary>
    public byte[]? SyncMarker { get; init; }

    /// <summary>Leave the output stream open when the writer is disposed.</summary>
    public bool LeaveOpen { get; init; }
}
