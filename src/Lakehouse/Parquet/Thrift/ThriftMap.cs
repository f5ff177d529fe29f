namespace Lineage.Lakehouse.Parquet.Thrift;

/// <summary>A map header: key and value types and how many pairs follow.</summary>
public readonly record struct ThriftMap(ThriftType KeyType, ThriftType ValueType, int Count);
