using Apache.Arrow;
using Apache.Arrow.Types;

namespace Lineage.Lakehouse.Arrow;

/// <summary>Arrays of nulls of any type (a column a file or a batch lacks), and slices.</summary>
internal static class NullArrays
{
    public static IArrowArray Create(IArrowType type, int length)
    {
        ArgumentNullException.ThrowIfNull(type);
        ArgumentOutOfRangeException.ThrowIfNegative(length);
        return ArrowArrayFactory.BuildArray(Data(type, length));
    }

    /// <summary>Rows <paramref name="offset"/> .. <paramref name="offset"/> + <paramref name="length"/> of the array, sharing its buffers.</summary>
    public static IArrowArray Slice(IArrowArray array, int offset, int length) => ArrowArrayFactory.Slice(array, offset, length);

    private static ArrayData Data(IArrowType type, int length)
    {
        var validity = new ArrowBuffer(new byte[(length + 7) / 8]);
        return type switch
        {
            NestedType and (ListType or MapType) => new ArrayData(type, length, length, 0,
                [validity, Zeros((length + 1) * 4)],
                [Data(type is MapType map ? map.KeyValueType : ((ListType)type).ValueDataType, 0)]),
            StructType @struct => new ArrayData(type, length, length, 0, [validity], @struct.Fields.Select(f => Data(f.DataType, length)).ToArray()),
            StringType or BinaryType => new ArrayData(type, length, length, 0, [validity, Zeros((length + 1) * 4), ArrowBuffer.Empty]),
            BooleanType => new ArrayData(type, length, length, 0, [validity, Zeros((length + 7) / 8)]),
            FixedWidthType fixedWidth => new ArrayData(type, length, length, 0, [validity, Zeros(length * fixedWidth.BitWidth / 8)]),
            _ => throw new NotSupportedException($"no null array of Arrow type {type.Name}"),
        };
    }

    private static ArrowBuffer Zeros(int bytes) => new(new byte[bytes]);
}
