namespace Lineage.Lakehouse.Iceberg.Schemas;

/// <summary>The primitive types of Iceberg v2.</summary>
public enum PrimitiveKind
{
    Boolean,
    Int,
    Long,
    Float,
    Double,
    Decimal,
    Date,
    Time,
    Timestamp,
    TimestampTz,
    String,
    Uuid,
    Fixed,
    Binary,
}
