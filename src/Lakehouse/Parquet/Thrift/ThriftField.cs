namespace Lineage.Lakehouse.Parquet.Thrift;

/// <summary>A struct field header: its id and the type of its value; <see cref="ThriftType.Stop"/> ends the struct.</summary>
public readonly record struct ThriftField(short Id, ThriftType Type)
{
    public bool IsStop => Type == ThriftType.Stop;
}
