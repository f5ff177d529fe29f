using Lineage.Lakehouse.Parquet.Thrift;

namespace Lineage.Lakehouse.Parquet.Metadata;

/// <summary>The fields TimeType and TimestampType share: isAdjustedToUTC (1) and unit (2).</summary>
internal static class TimeMemberFields
{
    public static (bool IsAdjustedToUtc, TimeUnit Unit) Read(CompactProtocolReader reader, string structName)
    {
        var start = reader.AbsolutePosition;
        bool? isAdjustedToUtc = null;
        TimeUnit? unit = null;
        reader.ReadStructBegin();
        for (var field = reader.ReadFieldBegin(); !field.IsStop; field = reader.ReadFieldBegin())
        {
            switch (field.Id, field.Type)
            {
                case (1, ThriftType.Bool): isAdjustedToUtc = reader.ReadBool(); break;
                case (2, ThriftType.Struct): unit = (TimeUnit)ThriftUnion.ReadMemberId(reader, nameof(TimeUnit)); break;
                default: reader.Skip(field.Type); break;
            }
        }
        reader.ReadStructEnd();
        return (isAdjustedToUtc ?? throw ThriftFormatException.MissingField(structName, "isAdjustedToUTC", start),
            unit ?? throw ThriftFormatException.MissingField(structName, "unit", start));
    }

    public static void Write(CompactProtocolWriter writer, bool isAdjustedToUtc, TimeUnit unit)
    {
        writer.WriteBoolField(1, isAdjustedToUtc);
        writer.WriteFieldBegin(2, ThriftType.Struct);
        ThriftUnion.WriteEmptyMember(writer, (short)unit);
    }
}
