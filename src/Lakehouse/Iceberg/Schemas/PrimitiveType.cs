namespace Lineage.Lakehouse.Iceberg.Schemas;

/// <summary>A primitive type; <see cref="Precision"/>/<see cref="Scale"/> apply to decimals, <see cref="Length"/> to fixed.</summary>
public sealed record PrimitiveType(PrimitiveKind Kind, int Precision = 0, int Scale = 0, int Length = 0) : IcebergType
{
    public override string ToString() => Kind switch
    {
        PrimitiveKind.Decimal => $"decimal({Precision}, {Scale})",
        PrimitiveKind.Fixed => $"fixed[{Length}]",
        PrimitiveKind.TimestampTz => "timestamptz",
        _ => Kind.ToString().ToLowerInvariant(),
    };
}
