namespace Lineage.Lakehouse.Avro.Schemas;

/// <summary>The physical Avro type of a schema; logical types do not change it.</summary>
public enum AvroSchemaKind
{
    Null,
    Boolean,
    Int,
    Long,
    Float,
    Double,
    Bytes,
    String,
    Record,
    Enum,
    Array,
    Map,
    Union,
    Fixed,
}
