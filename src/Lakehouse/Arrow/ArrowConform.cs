using Apache.Arrow;
using Apache.Arrow.Types;

namespace Lineage.Lakehouse.Arrow;

/// <summary>
/// An array read from a file in the shape of the table's Arrow type: the same buffers under the table's type (its
/// field names, nullability and ids), struct fields matched by name, and the promotions Iceberg allows (int to
/// long, float to double) converted.
/// </summary>
internal static class ArrowConform
{
    public static IArrowArray To(IArrowArray array, IArrowType target) => ArrowArrayFactory.BuildArray(To(array.Data, target));

    private static ArrayData To(ArrayData data, IArrowType target)
    {
        var source = data.DataType;
        switch (source, target)
        {
            case (Int32Type, Int64Type):
                return Widen<int, long>(data, target, v => v);
            case (FloatType, DoubleType):
                return Widen<float, double>(data, target, v => v);
            case (ListType, ListType list):
                return new ArrayData(target, data.Length, data.NullCount, data.Offset, data.Buffers, [To(data.Children[0], list.ValueDataType)]);
            case (MapType, MapType map):
                return new ArrayData(target, data.Length, data.NullCount, data.Offset, data.Buffers, [To(data.Children[0], map.KeyValueType)]);
            case (StructType from, StructType to):
                var children = to.Fields.Select(field =>
                {
                    var index = from.GetFieldIndex(field.Name, StringComparer.Ordinal);
                    return index >= 0
                        ? To(data.Children[index], field.DataType)
                        : NullArrays.Create(field.DataType, data.Offset + data.Length).Data;
                }).ToArray();
                return new ArrayData(target, data.Length, data.NullCount, data.Offset, data.Buffers, children);
            case (BinaryType or StringType, BinaryType or StringType):
            case var _ when source.TypeId == target.TypeId:
                return new ArrayData(target, data.Length, data.NullCount, data.Offset, data.Buffers, data.Children);
            default:
                throw new NotSupportedException($"a column stored as {source.Name} cannot be read as {target.Name}");
        }
    }

    private static ArrayData Widen<TFrom, TTo>(ArrayData data, IArrowType target, Func<TFrom, TTo> widen)
        where TFrom : struct
        where TTo : struct
    {
        var values = System.Runtime.InteropServices.MemoryMarshal.Cast<byte, TFrom>(data.Buffers[1].Span).Slice(data.Offset, data.Length);
        var widened = new TTo[data.Length];
        for (var i = 0; i < widened.Length; i++)
            widened[i] = widen(values[i]);
        var validity = data.NullCount == 0 ? ArrowBuffer.Empty : Rebase(data);
        return new ArrayData(target, data.Length, data.NullCount, 0,
            [validity, new ArrowBuffer(System.Runtime.InteropServices.MemoryMarshal.AsBytes(widened.AsSpan()).ToArray())]);
    }

    /// <summary>The validity bitmap of the array's slots, starting at bit 0.</summary>
    private static ArrowBuffer Rebase(ArrayData data)
    {
        var array = ArrowArrayFactory.BuildArray(data);
        var bits = new byte[(data.Length + 7) / 8];
        for (var i = 0; i < data.Length; i++)
        {
            if (!array.IsNull(i))
                bits[i >> 3] |= (byte)(1 << (i & 7));
        }
        return new ArrowBuffer(bits);
    }
}
