namespace Lineage.Lakehouse.Parquet.Thrift;

/// <summary>
/// The value types of the Thrift compact protocol, numbered as on the wire. Booleans travel as 1 (true) or 2
/// (false) inside a field header; both numbers mean <see cref="Bool"/> here.
/// </summary>
public enum ThriftType : byte
{
    Stop = 0,
    Bool = 1,
    Byte = 3,
    I16 = 4,
    I32 = 5,
    I64 = 6,
    Double = 7,
    Binary = 8,
    List = 9,
    Set = 10,
    Map = 11,
    Struct = 12,
    Uuid = 13,
}
