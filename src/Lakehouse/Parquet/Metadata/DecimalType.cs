using Lineage.Lakehouse.Parquet.Thrift;

namespace Lineage.Lakehouse.Parquet.Metadata;

/// <summary>An exact decimal: the unscaled integer times 10^-<see cref="Scale"/>, at most <see cref="Precision"/> digits.</summary>
public sealed record DecimalType(int Scale, int Precision) : LogicalType
{
    internal const short FieldId = 5;

    public override short UnionFieldId => FieldId;

    internal static DecimalType ReadMember(CompactProtocolReader reader)
    {
        var start = reader.AbsolutePosition;
        int? scale = null;
        int? precision = null;
        reader.ReadStructBegin();
        for (var field = reader.ReadFieldBegin(); !field.IsStop; field = reader.ReadFieldBegin())
        {
            switch (field.Id, field.Type)
            {
                case (1, ThriftType.I32): scale = reader.ReadI32(); break;
                case (2, ThriftType.I32): precision = reader.ReadI32(); break;
                default: reader.Skip(field.Type); break;
            }
        }
        reader.ReadStructEnd();
        return new DecimalType(
            scale ?? throw ThriftFormatException.MissingField(nameof(DecimalType), "scale", start),
            precision ?? throw ThriftFormatException.MissingField(nameof(DecimalType), "precision", start));
    }

    private protected override void WriteMemberFields(CompactProtocolWriter writer)
    {
        writer.WriteI32Field(1, Scale);
        writer.WriteI32Field(2, Precision);
    }
}
