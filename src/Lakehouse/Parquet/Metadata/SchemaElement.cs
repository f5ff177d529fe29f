using Lineage.Lakehouse.Parquet.Thrift;

namespace Lineage.Lakehouse.Parquet.Metadata;

/// <summary>
/// One node of the schema, listed depth-first: a group has <see cref="NumChildren"/> and no <see cref="Type"/>,
/// a leaf column has a <see cref="Type"/>.
/// </summary>
public sealed class SchemaElement
{
    public PhysicalType? Type { get; set; }

    /// <summary>The byte length of FIXED_LEN_BYTE_ARRAY values.</summary>
    public int? TypeLength { get; set; }

    /// <summary>Absent only on the root.</summary>
    public FieldRepetitionType? RepetitionType { get; set; }

    public required string Name { get; set; }
    public int? NumChildren { get; set; }
    public ConvertedType? ConvertedType { get; set; }
    public int? Scale { get; set; }
    public int? Precision { get; set; }
    public int? FieldId { get; set; }
    public LogicalType? LogicalType { get; set; }

    public static SchemaElement Read(CompactProtocolReader reader)
    {
        var start = reader.AbsolutePosition;
        PhysicalType? type = null;
        int? typeLength = null;
        FieldRepetitionType? repetitionType = null;
        string? name = null;
        int? numChildren = null;
        ConvertedType? convertedType = null;
        int? scale = null;
        int? precision = null;
        int? fieldId = null;
        LogicalType? logicalType = null;
        reader.ReadStructBegin();
        for (var field = reader.ReadFieldBegin(); !field.IsStop; field = reader.ReadFieldBegin())
        {
            switch (field.Id, field.Type)
            {
                case (1, ThriftType.I32): type = (PhysicalType)reader.ReadI32(); break;
                case (2, ThriftType.I32): typeLength = reader.ReadI32(); break;
                case (3, ThriftType.I32): repetitionType = (FieldRepetitionType)reader.ReadI32(); break;
                case (4, ThriftType.Binary): name = reader.ReadString(); break;
                case (5, ThriftType.I32): numChildren = reader.ReadI32(); break;
                case (6, ThriftType.I32): convertedType = (ConvertedType)reader.ReadI32(); break;
                case (7, ThriftType.I32): scale = reader.ReadI32(); break;
                case (8, ThriftType.I32): precision = reader.ReadI32(); break;
                case (9, ThriftType.I32): fieldId = reader.ReadI32(); break;
                case (10, ThriftType.Struct): logicalType = LogicalType.Read(reader); break;
                default: reader.Skip(field.Type); break;
            }
        }
        reader.ReadStructEnd();
        return new SchemaElement
        {
            Type = type,
            TypeLength = typeLength,
            RepetitionType = repetitionType,
            Name = name ?? throw ThriftFormatException.MissingField(nameof(SchemaElement), "name", start),
            NumChildren = numChildren,
            ConvertedType = convertedType,
            Scale = scale,
            Precision = precision,
            FieldId = fieldId,
            LogicalType = logicalType,
        };
    }

    public void Write(CompactProtocolWriter writer)
    {
        writer.WriteStructBegin();
        if (Type is { } type) writer.WriteI32Field(1, (int)type);
        if (TypeLength is { } typeLength) writer.WriteI32Field(2, typeLength);
        if (RepetitionType is { } repetitionType) writer.WriteI32Field(3, (int)repetitionType);
        writer.WriteStringField(4, Name);
        if (NumChildren is { } numChildren) writer.WriteI32Field(5, numChildren);
        if (ConvertedType is { } convertedType) writer.WriteI32Field(6, (int)convertedType);
        if (Scale is { } scale) writer.WriteI32Field(7, scale);
        if (Precision is { } precision) writer.WriteI32Field(8, precision);
        if (FieldId is { } fieldId) writer.WriteI32Field(9, fieldId);
        if (LogicalType is not null)
        {
            writer.WriteFieldBegin(10, ThriftType.Struct);
            LogicalType.Write(writer);
        }
        writer.WriteStructEnd();
    }
}
