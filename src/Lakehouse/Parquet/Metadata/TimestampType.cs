using Lineage.Lakehouse.Parquet.Thrift;

namespace Lineage.Lakehouse.Parquet.Metadata;

/// <summary>
/// An instant (<see cref="IsAdjustedToUtc"/>, values count from the Unix epoch in UTC) or a local date-time, as an INT64
/// count of <see cref="Unit"/>.
/// </summary>
public sealed record TimestampType(bool IsAdjustedToUtc, TimeUnit Unit) : LogicalType
{
    internal const short FieldId = 8;

    public override short UnionFieldId => FieldId;

    internal static TimestampType ReadMember(CompactProtocolReader reader)
    {
        var (isAdjustedToUtc, unit) = TimeMemberFields.Read(reader, nameof(TimestampType));
        return new TimestampType(isAdjustedToUtc, unit);
    }

    private protected override void WriteMemberFields(CompactProtocolWriter writer) =>
        TimeMemberFields.Write(writer, IsAdjustedToUtc, Unit);
}
