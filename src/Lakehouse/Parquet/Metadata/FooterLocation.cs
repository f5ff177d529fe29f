namespace Lineage.Lakehouse.Parquet.Metadata;

/// <summary>Where the Thrift-encoded <see cref="FileMetaData"/> of a file is.</summary>
public readonly record struct FooterLocation(long Offset, int Length);
