namespace Lineage.Lakehouse.Parquet.Schema;

/// <summary>The value types a Parquet column can hold, each mapped to one physical and logical type.</summary>
public enum ParquetValueType
{
    Boolean,
    /// <summary>INT32 with INT(8, signed).</summary>
    Int8,
    /// <summary>INT32 with INT(16, signed).</summary>
    Int16,
    Int32,
    Int64,
    Float,
    Double,
    /// <summary>BYTE_ARRAY with STRING (UTF-8).</summary>
    String,
    Binary,
    /// <summary>FIXED_LEN_BYTE_ARRAY of <see cref="PrimitiveField.FixedLength"/> bytes.</summary>
    FixedBinary,
    /// <summary>INT32 days since 1970-01-01.</summary>
    Date,
    /// <summary>INT64 microseconds since the epoch, adjusted to UTC (Iceberg <c>timestamptz</c>).</summary>
    TimestampMicros,
    /// <summary>INT64 microseconds, not adjusted to UTC (Iceberg <c>timestamp</c>).</summary>
    LocalTimestampMicros,
    /// <summary>DECIMAL(precision, scale), stored in INT32, INT64 or the minimal FIXED_LEN_BYTE_ARRAY.</summary>
    Decimal,
    /// <summary>FIXED_LEN_BYTE_ARRAY(16) with UUID.</summary>
    Uuid,
}
