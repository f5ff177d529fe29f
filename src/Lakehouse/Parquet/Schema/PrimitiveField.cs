namespace Lineage.Lakehouse.Parquet.Schema;

/// <summary>A leaf column holding values of one <see cref="ParquetValueType"/>.</summary>
public sealed record PrimitiveField(
    string Name,
    ParquetValueType Type,
    bool Nullable = true,
    int? FieldId = null,
    int Precision = 0,
    int Scale = 0,
    int FixedLength = 0) : ParquetField(Name, Nullable, FieldId)
{
    public static PrimitiveField Decimal(string name, int precision, int scale, bool nullable = true, int? fieldId = null)
    {
        if (precision is < 1 or > 38 || scale < 0 || scale > precision)
            throw new ArgumentOutOfRangeException(nameof(precision), $"Decimal column '{name}' needs 1 <= precision <= 38 and 0 <= scale <= precision, not ({precision}, {scale}).");
        return new PrimitiveField(name, ParquetValueType.Decimal, nullable, fieldId, precision, scale, DecimalLayout.ByteWidth(precision));
    }

    public static PrimitiveField Fixed(string name, int length, bool nullable = true, int? fieldId = null) =>
        length > 0
            ? new PrimitiveField(name, ParquetValueType.FixedBinary, nullable, fieldId, FixedLength: length)
            : throw new ArgumentOutOfRangeException(nameof(length), $"Fixed column '{name}' needs a positive length.");

    public override ParquetField Renamed(string name) => this with { Name = name };
}
