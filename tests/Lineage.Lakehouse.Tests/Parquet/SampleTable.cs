using Lineage.Lakehouse.Parquet.Data;
using Lineage.Lakehouse.Parquet.Schema;

namespace Lineage.Lakehouse.Tests.Parquet;

/// <summary>A deterministic table that exercises every type, nulls, edge values, nested lists and a struct.</summary>
public static class SampleTable
{
    public static ParquetSchema Schema { get; } = new(
    [
        new PrimitiveField("id", ParquetValueType.Int64, Nullable: false, FieldId: 1),
        new PrimitiveField("tiny", ParquetValueType.Int8, FieldId: 2),
        new PrimitiveField("small", ParquetValueType.Int16, FieldId: 3),
        new PrimitiveField("count", ParquetValueType.Int32, FieldId: 4),
        new PrimitiveField("flag", ParquetValueType.Boolean, FieldId: 5),
        new PrimitiveField("f32", ParquetValueType.Float, FieldId: 6),
        new PrimitiveField("f64", ParquetValueType.Double, FieldId: 7),
        new PrimitiveField("category", ParquetValueType.String, Nullable: false, FieldId: 8),
        new PrimitiveField("text", ParquetValueType.String, FieldId: 9),
        new PrimitiveField("blob", ParquetValueType.Binary, FieldId: 10),
        PrimitiveField.Fixed("fixed4", 4, fieldId: 11),
        new PrimitiveField("uuid", ParquetValueType.Uuid, FieldId: 12),
        new PrimitiveField("day", ParquetValueType.Date, FieldId: 13),
        new PrimitiveField("at", ParquetValueType.TimestampMicros, FieldId: 14),
        new PrimitiveField("local_at", ParquetValueType.LocalTimestampMicros, FieldId: 15),
        PrimitiveField.Decimal("dec9", 9, 2, fieldId: 16),
        PrimitiveField.Decimal("dec18", 18, 4, fieldId: 17),
        PrimitiveField.Decimal("dec38", 38, 10, fieldId: 18),
        new ListField("tags", new PrimitiveField("element", ParquetValueType.String, FieldId: 20), FieldId: 19),
        new ListField("coords", new ListField("element", new PrimitiveField("element", ParquetValueType.Double, Nullable: false, FieldId: 23), Nullable: false, FieldId: 22), Nullable: false, FieldId: 21),
        new StructField("point", [new PrimitiveField("x", ParquetValueType.Double, Nullable: false, FieldId: 25), new PrimitiveField("y", ParquetValueType.Double, FieldId: 26)], FieldId: 24),
        new ListField("params", new PrimitiveField("element", ParquetValueType.Double, Nullable: false, FieldId: 28), FieldId: 27),
    ]);

    private static readonly double[] SpecialDoubles = [double.NaN, double.PositiveInfinity, double.NegativeInfinity, -0.0, 0.0, double.Epsilon, double.MaxValue, 0.1];

    public static RecordBatch Create(int rows, int firstId = 0)
    {
        var vectors = Schema.Fields.Select(ColumnVectors.Create).ToArray();
        for (var r = 0; r < rows; r++)
        {
            var i = firstId + r;
            var values = Row(i);
            for (var c = 0; c < vectors.Length; c++)
                VectorValues.Append(vectors[c], Schema.Fields[c], values[c]);
        }
        return new RecordBatch(Schema, vectors);
    }

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
            Null(11) ? null : BitConverter.GetBytes(i),
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
