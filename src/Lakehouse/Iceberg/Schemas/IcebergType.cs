namespace Lineage.Lakehouse.Iceberg.Schemas;

/// <summary>An Iceberg type: a <see cref="PrimitiveType"/>, or a nested <see cref="StructType"/>, <see cref="ListType"/> or <see cref="MapType"/>.</summary>
public abstract record IcebergType
{
    private protected IcebergType()
    {
    }

    public static PrimitiveType Boolean { get; } = new(PrimitiveKind.Boolean);
    public static PrimitiveType Int { get; } = new(PrimitiveKind.Int);
    public static PrimitiveType Long { get; } = new(PrimitiveKind.Long);
    public static PrimitiveType Float { get; } = new(PrimitiveKind.Float);
    public static PrimitiveType Double { get; } = new(PrimitiveKind.Double);
    public static PrimitiveType Date { get; } = new(PrimitiveKind.Date);
    public static PrimitiveType Time { get; } = new(PrimitiveKind.Time);
    public static PrimitiveType Timestamp { get; } = new(PrimitiveKind.Timestamp);
    public static PrimitiveType TimestampTz { get; } = new(PrimitiveKind.TimestampTz);
    public static PrimitiveType String { get; } = new(PrimitiveKind.String);
    public static PrimitiveType Uuid { get; } = new(PrimitiveKind.Uuid);
    public static PrimitiveType Binary { get; } = new(PrimitiveKind.Binary);

    /// <summary><c>decimal(P,S)</c> with 1 ≤ P ≤ 38 and 0 ≤ S ≤ P.</summary>
    public static PrimitiveType Decimal(int precision, int scale) =>
        precision is >= 1 and <= 38 && scale >= 0 && scale <= precision
            ? new PrimitiveType(PrimitiveKind.Decimal, precision, scale)
            : throw new IcebergFormatException($"decimal({precision}, {scale}) is not a valid type: precision must be 1 to 38 and scale 0 to the precision");

    /// <summary><c>fixed[L]</c> with L ≥ 1.</summary>
    public static PrimitiveType Fixed(int length) =>
        length >= 1
            ? new PrimitiveType(PrimitiveKind.Fixed, Length: length)
            : throw new IcebergFormatException($"fixed[{length}] is not a valid type: the length must be positive");

    /// <summary>The type as written in schema JSON when primitive (<c>"long"</c>, <c>"decimal(9, 2)"</c>).</summary>
    public abstract override string ToString();
}
