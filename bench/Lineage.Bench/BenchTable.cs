using System.Runtime.InteropServices;
using Apache.Arrow;
using Apache.Arrow.Types;

namespace Lineage.Bench;

/// <summary>The benchmark's table: int64 id, double, dictionary-friendly string, nullable double, list of 8 doubles.</summary>
internal static class BenchTable
{
    public const int BatchRows = 65_536;

    /// <summary>In-memory bytes of one row's values (8 + 8 + about 8 + 8 + 64), to express throughput of the data itself.</summary>
    public const int LogicalRowBytes = 96;

    public static Schema Schema { get; } = new(
    [
        new Field("id", Int64Type.Default, false),
        new Field("value", DoubleType.Default, false),
        new Field("category", StringType.Default, false),
        new Field("maybe", DoubleType.Default, true),
        new Field("vector", new ListType(new Field("element", DoubleType.Default, false)), false),
    ], null);

    private static readonly byte[][] Categories = Enumerable.Range(0, 100).Select(i => System.Text.Encoding.UTF8.GetBytes($"category-{i:D3}")).ToArray();

    public static RecordBatch Batch(long first, int rows)
    {
        var id = new long[rows];
        var value = new double[rows];
        var offsets = new int[rows + 1];
        var text = new List<byte>(rows * 12);
        var maybe = new double[rows];
        var maybeValid = new byte[(rows + 7) / 8];
        var elements = new double[rows * 8];
        var listOffsets = new int[rows + 1];
        var nulls = 0;
        for (var r = 0; r < rows; r++)
        {
            var i = first + r;
            id[r] = i;
            value[r] = i * 0.25 - 1e6;
            text.AddRange(Categories[(int)(i * 7 % Categories.Length)]);
            offsets[r + 1] = text.Count;
            if (i % 3 == 0)
                nulls++;
            else
            {
                maybe[r] = i / 7.0;
                maybeValid[r >> 3] |= (byte)(1 << (r & 7));
            }
            for (var k = 0; k < 8; k++)
                elements[r * 8 + k] = i + k * 0.125;
            listOffsets[r + 1] = (r + 1) * 8;
        }
        IArrowArray[] columns =
        [
            Array(Int64Type.Default, rows, 0, ArrowBuffer.Empty, Bytes(id)),
            Array(DoubleType.Default, rows, 0, ArrowBuffer.Empty, Bytes(value)),
            ArrowArrayFactory.BuildArray(new ArrayData(StringType.Default, rows, 0, 0, [ArrowBuffer.Empty, Bytes(offsets), new ArrowBuffer(text.ToArray())])),
            Array(DoubleType.Default, rows, nulls, new ArrowBuffer(maybeValid), Bytes(maybe)),
            ArrowArrayFactory.BuildArray(new ArrayData(Schema.FieldsList[4].DataType, rows, 0, 0, [ArrowBuffer.Empty, Bytes(listOffsets)],
                [new ArrayData(DoubleType.Default, elements.Length, 0, 0, [ArrowBuffer.Empty, Bytes(elements)])])),
        ];
        return new RecordBatch(Schema, columns, rows);
    }

    private static IArrowArray Array(IArrowType type, int rows, int nulls, ArrowBuffer validity, ArrowBuffer values) =>
        ArrowArrayFactory.BuildArray(new ArrayData(type, rows, nulls, 0, [validity, values]));

    private static ArrowBuffer Bytes<T>(T[] values) where T : struct => new(MemoryMarshal.AsBytes(values.AsSpan()).ToArray());
}
