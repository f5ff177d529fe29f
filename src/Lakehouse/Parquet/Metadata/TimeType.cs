using Lineage.Lakehouse.Parquet.Thrift;

namespace Lineage.Lakehouse.Parquet.Metadata;

/// <summary>A time of day (INT32 milliseconds, INT64 micro- or nanoseconds).</summary>
public sealed record TimeType(bool IsAdjustedToUtc, TimeUnit Unit) : LogicalType
{
    internal const short FieldId = 7;

    public override short UnionFieldId => FieldId;

    internal static TimeType ReadMember(CompactProtocolReader reader)
    {
        var (isAdjustedToUtc, unit) = TimeMemberFields.Read(reader, nameof(TimeType));
        return new TimeType(isAdjustedToUtc, unit);
    }

    private protected override void WriteMemberFields(CompactProtocolWriter writer) =>
        TimeMemberFields.Write(writer, IsAdjustedToUtc, Unit);
}
