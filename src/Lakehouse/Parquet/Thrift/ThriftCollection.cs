namespace Lineage.Lakehouse.Parquet.Thrift;

/// <summary>A list or set header: the element type and how many elements follow.</summary>
public readonly record struct ThriftCollection(ThriftType ElementType, int Count);
