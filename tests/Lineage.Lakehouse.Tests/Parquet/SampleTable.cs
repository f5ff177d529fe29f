using Apache.Arrow;
using Apache.Arrow.Types;
using Lineage.Lakehouse.Arrow;
using Lineage.Lakehouse.Tests.Arrow;

namespace Lineage.Lakehouse.Tests.Parquet;

/// <summary>A deterministic table that exercises every type, nulls, edge values, nested lists and a struct.</summary>
public static class SampleTable
{
    private static Field F(string name, IArrowType type, int id, bool nullable = true, bool uuid = false)
    {
        var metadata = new Dictionary<string, string> { [IcebergArrowSchema.FieldIdKey] = id.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        if (uuid)
            metadata[IcebergArrowSchema.ExtensionNameKey] = IcebergArrowSchema.UuidExtension;
        return new Field(name, type, nullable, metadata);
    }

    public static Schema Schema { get; } = new(
    [
        F("id", Int64Type.Default, 1, nullable: false),
        F("tiny", Int8Type.Default, 2),
        F("small", Int16Type.Default, 3),
        F("count", Int32Type.Default, 4),
        F("flag", BooleanType.Default, 5),
        F("f32", FloatType.Default, 6),
        F("f64", DoubleType.Default, 7),
        F("category", StringType.Default, 8, nullable: false),
        F("text", StringType.Default, 9),
        F("blob", BinaryType.Default, 10),
        F("uuid", new FixedSizeBinaryType(16), 12, uuid: true),
        F("day", Date32Type.Default, 13),
        F("at", new TimestampType(Apache.Arrow.Types.TimeUnit.Microsecond, "UTC"), 14),
        F("local_at", new TimestampType(Apache.Arrow.Types.TimeUnit.Microsecond, (string?)null), 15),
        F("dec9", new Decimal128Type(9, 2), 16),
        F("dec18", new Decimal128Type(18, 4), 17),
        F("dec38", new Decimal128Type(38, 10), 18),
        F("tags", new ListType(F("element", StringType.Default, 20)), 19),
        F("coords", new ListType(F("element", new ListType(F("element", DoubleType.Default, 23, nullable: false)), 22, nullable: false)), 21, nullable: false),
        F("point", new StructType([F("x", DoubleType.Default, 25, nullable: false), F("y", DoubleType.Default, 26)]), 24),
        F("params", new ListType(F("element", DoubleType.Default, 28, nullable: false)), 27),
    ], null);

    public static RecordBatch Create(int rows, int firstId = 0) =>
        ArrowColumns.Batch(Schema, Enumerable.Range(firstId, rows).Select(Row));

    private static readonly double[] SpecialDoubles = [double.NaN, double.PositiveInfinity, double.NegativeInfinity, -0.0, 0.0, double.Epsilon, double.MaxValue, 0.1];

    private static object?[] Row(int i)
    {
        bool Null(int every) => i % every == every - 1;
        return
        [
            (long)i * 7919 - 1_000_000,
            Null(5) ? null : (sbyte)(i % 256 - 128),
            Null(6) ? null : (short)(i * 37 % 65536 - 32768),
            Null(7) ? null : i % 3 == 0 ? int.MinValue + i : i * 1000,
            Null(4) ? null : i % 3 == 0,
            Null(8) ? null : i % 9 == 0 ? float.NaN : (float)(i / 3.0),
            Null(9) ? null : i < SpecialDoubles.Length ? SpecialDoubles[i] : Math.Sin(i) * 1e6,
            $"category-{i % 10}",
            Null(3) ? null : i % 11 == 0 ? "" : $"Ĥėľłø №{i} — {new string('x', i % 17)}",
            Null(10) ? null : Enumerable.Range(0, i % 6).Select(b => (byte)(b * 51 + i)).ToArray(),
            Null(12) ? null : new Guid(i, (short)i, (short)(i >> 3), 1, 2, 3, 4, 5, 6, 7, (byte)i),
            Null(13) ? null : new DateOnly(1969, 12, 31).AddDays(i * 3 - 40),
            Null(14) ? null : new DateTimeOffset(1970, 1, 1, 0, 0, 0, TimeSpan.Zero).AddTicks(i * 987_654_321L * 10 - 5_000_000_000),
            Null(15) ? null : new DateTime(2000, 2, 29, 12, 34, 56).AddTicks(i * 123_456L * 10),
            Null(16) ? null : decimal.Round((i - 150) * 1.37m, 2),
            Null(17) ? null : decimal.Round((i - 150) * 12345.6789m, 4),
            Null(18) ? null : i % 2 == 0 ? $"{i % 100}2345678901234567890123456.0123456789" : $"-{i}.5",
            Null(19) ? null : Enumerable.Range(0, i % 4).Select(k => k == 1 ? null : $"t{i}-{k}").ToList(),
            Enumerable.Range(0, i % 3).Select(k => (object?)Enumerable.Range(0, (i + k) % 4).Select(m => (object?)(i * 0.5 + m)).ToList()).ToList(),
            Null(20) ? null : new Dictionary<string, object?> { ["x"] = i * 1.5, ["y"] = i % 2 == 0 ? null : -i * 2.5 },
            Null(7) ? null : Enumerable.Range(0, i % 5).Select(k => (object?)(i * 0.01 - k)).ToList(),
        ];
    }
}
