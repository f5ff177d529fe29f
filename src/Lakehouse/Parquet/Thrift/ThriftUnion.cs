namespace Lineage.Lakehouse.Parquet.Thrift;

/// <summary>Reads and writes unions whose members are all empty structs, where only the member's id matters.</summary>
public static class ThriftUnion
{
    /// <summary>Reads the union and returns the id of its member (the last, if a writer set several).</summary>
    public static short ReadMemberId(CompactProtocolReader reader, string unionName)
    {
        var start = reader.AbsolutePosition;
        short? member = null;
        reader.ReadStructBegin();
        for (var field = reader.ReadFieldBegin(); !field.IsStop; field = reader.ReadFieldBegin())
        {
            if (field.Type == ThriftType.Struct)
                member = field.Id;
            reader.Skip(field.Type);
        }
        reader.ReadStructEnd();
        return member ?? throw new ThriftFormatException($"the union {unionName} has no member", start);
    }

    public static void WriteEmptyMember(CompactProtocolWriter writer, short memberId)
    {
        writer.WriteStructBegin();
        writer.WriteFieldBegin(memberId, ThriftType.Struct);
        writer.WriteStructBegin();
        writer.WriteStructEnd();
        writer.WriteStructEnd();
    }
}
