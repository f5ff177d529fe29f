using Lineage.Lakehouse.Parquet.Thrift;

namespace Lineage.Lakehouse.Parquet.Metadata;

/// <summary>An integer of 8, 16, 32 or 64 bits, signed or not.</summary>
public sealed record IntType(sbyte BitWidth, bool IsSigned) : LogicalType
{
    internal const short FieldId = 10;

    public override short UnionFieldId => FieldId;

    internal static IntType ReadMember(CompactProtocolReader reader)
    {
        var start = reader.AbsolutePosition;
        sbyte? bitWidth = null;
        bool? isSigned = null;
        reader.ReadStructBegin();
        for (var field = reader.ReadFieldBegin(); !field.IsStop; field = reader.ReadFieldBegin())
        {
            switch (field.Id, field.Type)
            {
                case (1, ThriftType.Byte): bitWidth = reader.ReadByte(); break;
                case (2, ThriftType.Bool): isSigned = reader.ReadBool(); break;
                default: reader.Skip(field.Type); break;
            }
        }
        reader.ReadStructEnd();
        return new IntType(
            bitWidth ?? throw ThriftFormatException.MissingField(nameof(IntType), "bitWidth", start),
            isSigned ?? throw ThriftFormatException.MissingField(nameof(IntType), "isSigned", start));
    }

    private protected override void WriteMemberFields(CompactProtocolWriter writer)
    {
        writer.WriteByteField(1, BitWidth);
        writer.WriteBoolField(2, IsSigned);
    }
}
