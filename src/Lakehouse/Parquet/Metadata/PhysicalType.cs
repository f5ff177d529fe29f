namespace Lineage.Lakehouse.Parquet.Metadata;

/// <summary>How values are stored (parquet.thrift <c>Type</c>).</summary>
public enum PhysicalType
{
    Boolean = 0,
    Int32 = 1,
    Int64 = 2,

    /// <summary>Deprecated 12-byte timestamps; read only.</summary>
    Int96 = 3,
    Float = 4,
    Double = 5,
    ByteArray = 6,
    FixedLenByteArray = 7,
}
