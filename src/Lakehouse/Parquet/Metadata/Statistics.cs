using Lineage.Lakehouse.Parquet.Thrift;

namespace Lineage.Lakehouse.Parquet.Metadata;

/// <summary>Statistics of a column chunk or page; values are PLAIN-encoded (byte arrays without length prefix).</summary>
public sealed class Statistics
{
    /// <summary>Deprecated maximum, ordered as signed bytes by old writers; prefer <see cref="MaxValue"/>.</summary>
    public byte[]? Max { get; set; }

    /// <summary>Deprecated minimum, ordered as signed bytes by old writers; prefer <see cref="MinValue"/>.</summary>
    public byte[]? Min { get; set; }

    public long? NullCount { get; set; }
    public long? DistinctCount { get; set; }
    public byte[]? MaxValue { get; set; }
    public byte[]? MinValue { get; set; }
    public bool? IsMaxValueExact { get; set; }
    public bool? IsMinValueExact { get; set; }
    public long? NanCount { get; set; }

    public static Statistics Read(CompactProtocolReader reader)
    {
        var result = new Statistics();
        reader.ReadStructBegin();
        for (var field = reader.ReadFieldBegin(); !field.IsStop; field = reader.ReadFieldBegin())
        {
            switch (field.Id, field.Type)
            {
                case (1, ThriftType.Binary): result.Max = reader.ReadBinaryArray(); break;
                case (2, ThriftType.Binary): result.Min = reader.ReadBinaryArray(); break;
                case (3, ThriftType.I64): result.NullCount = reader.ReadI64(); break;
                case (4, ThriftType.I64): result.DistinctCount = reader.ReadI64(); break;
                case (5, ThriftType.Binary): result.MaxValue = reader.ReadBinaryArray(); break;
                case (6, ThriftType.Binary): result.MinValue = reader.ReadBinaryArray(); break;
                case (7, ThriftType.Bool): result.IsMaxValueExact = reader.ReadBool(); break;
                case (8, ThriftType.Bool): result.IsMinValueExact = reader.ReadBool(); break;
                case (9, ThriftType.I64): result.NanCount = reader.ReadI64(); break;
                default: reader.Skip(field.Type); break;
            }
        }
        reader.ReadStructEnd();
        return result;
    }

    public void Write(CompactProtocolWriter writer)
    {
        writer.WriteStructBegin();
        if (Max is not null) writer.WriteBinaryField(1, Max);
        if (Min is not null) writer.WriteBinaryField(2, Min);
        if (NullCount is { } nullCount) writer.WriteI64Field(3, nullCount);
        if (DistinctCount is { } distinctCount) writer.WriteI64Field(4, distinctCount);
        if (MaxValue is not null) writer.WriteBinaryField(5, MaxValue);
        if (MinValue is not null) writer.WriteBinaryField(6, MinValue);
        if (IsMaxValueExact is { } maxExact) writer.WriteBoolField(7, maxExact);
        if (IsMinValueExact is { } minExact) writer.WriteBoolField(8, minExact);
        if (NanCount is { } nanCount) writer.WriteI64Field(9, nanCount);
        writer.WriteStructEnd();
    }
}
