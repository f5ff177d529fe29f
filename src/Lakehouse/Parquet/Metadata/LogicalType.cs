using Lineage.Lakehouse.Parquet.Thrift;

namespace Lineage.Lakehouse.Parquet.Metadata;

/// <summary>
/// What a column's values mean (the LogicalType union of parquet.thrift). Members this model does not know
/// (VARIANT, GEOMETRY, GEOGRAPHY, …) read as <see cref="UnrecognizedLogicalType"/>.
/// </summary>
public abstract record LogicalType
{
    /// <summary>The member's field id in the union.</summary>
    public abstract short UnionFieldId { get; }

    public static LogicalType Read(CompactProtocolReader reader)
    {
        var start = reader.AbsolutePosition;
        LogicalType? result = null;
        reader.ReadStructBegin();
        for (var field = reader.ReadFieldBegin(); !field.IsStop; field = reader.ReadFieldBegin())
        {
            if (field.Type != ThriftType.Struct)
            {
                reader.Skip(field.Type);
                continue;
            }
            result = field.Id switch
            {
                DecimalType.FieldId => DecimalType.ReadMember(reader),
                TimeType.FieldId => TimeType.ReadMember(reader),
                TimestampType.FieldId => TimestampType.ReadMember(reader),
                IntType.FieldId => IntType.ReadMember(reader),
                var id => ReadEmptyMember(reader, id),
            };
        }
        reader.ReadStructEnd();
        return result ?? throw new ThriftFormatException("the union LogicalType has no member", start);
    }

    public void Write(CompactProtocolWriter writer)
    {
        writer.WriteStructBegin();
        writer.WriteFieldBegin(UnionFieldId, ThriftType.Struct);
        writer.WriteStructBegin();
        WriteMemberFields(writer);
        writer.WriteStructEnd();
        writer.WriteStructEnd();
    }

    /// <summary>Writes the fields of the member's struct; most members have none.</summary>
    private protected virtual void WriteMemberFields(CompactProtocolWriter writer)
    {
    }

    private static LogicalType ReadEmptyMember(CompactProtocolReader reader, short id)
    {
        reader.Skip(ThriftType.Struct);
        return id switch
        {
            1 => new StringType(),
            2 => new MapType(),
            3 => new ListType(),
            4 => new EnumType(),
            6 => new DateType(),
            11 => new NullType(),
            12 => new JsonType(),
            13 => new BsonType(),
            14 => new UuidType(),
            15 => new Float16Type(),
            _ => new UnrecognizedLogicalType(id),
        };
    }
}
