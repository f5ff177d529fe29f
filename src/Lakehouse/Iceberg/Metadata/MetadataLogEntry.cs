namespace Lineage.Lakehouse.Iceberg.Metadata;

/// <summary>An entry of the <c>metadata-log</c>: a previous metadata file and when it was written.</summary>
public sealed record MetadataLogEntry(long TimestampMs, string MetadataFile);
