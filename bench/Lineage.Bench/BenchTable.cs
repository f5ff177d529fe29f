using Lineage.Lakehouse.Parquet.Data;
using Lineage.Lakehouse.Parquet.Schema;

namespace Lineage.Bench;

/// <summary>The benchmark's table: int64 id, double, dictionary-friendly string, nullable double, list of 8 doubles.</summary>
internal static class BenchTable
{
    public const int BatchRows = 65_536;

    /// <summary>In-memory bytes of one row's values (8 + 8 + about 8 + 8 + 64), to express throughput of the data itself.</summary>
    public const int LogicalRowBytes = 96;

    public static ParquetSchema Schema { get; } = new(
    [
        new PrimitiveField("id", ParquetValueType.Int64, Nullable: false),
        new PrimitiveField("value", ParquetValueType.Double, Nullable: false),
        new PrimitiveField("category", ParquetValueType.String, Nullable: false),
        new PrimitiveField("maybe", ParquetValueType.Double),
        new ListField("vector", new PrimitiveField("element", ParquetValueType.Double, Nullable: false), Nullable: false),
    ]);

    private static readonly byte[][] Categories = Enumerable.Range(0, 100).Select(i => System.Text.Encoding.UTF8.GetBytes($"category-{i:D3}")).ToArray();

    public static RecordBatch Batch(long first, int rows)
    {
        var id = new PrimitiveVector<long>(rows);
        var value = new PrimitiveVector<double>(rows);
        var category = new BinaryVector();
        var maybe = new PrimitiveVector<double>(rows);
        var elements = new PrimitiveVector<double>(rows * 8);
        var vector = new ListVector(elements);
        for (var r = 0; r < rows; r++)
        {
            var i = first + r;
            id.Append(i);
            value.Append(i * 0.25 - 1e6);
            category.Append(Categories[(int)(i * 7 % Categories.Length)]);
            if (i % 3 == 0) maybe.AppendNull();
            else maybe.Append(i / 7.0);
            vector.BeginList();
            for (var k = 0; k < 8; k++)
                elements.Append(i + k * 0.125);
            vector.EndList();
        }
        return new RecordBatch(Schema, [id, value, category, maybe, vector]);
    }
}
