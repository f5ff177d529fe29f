using Apache.Arrow;
using Apache.Arrow.Arrays;
using Lineage.Lakehouse.Iceberg.Schemas;

namespace Lineage.Lakehouse.Arrow;

/// <summary>
/// One value of an Arrow array in Iceberg's canonical .NET form (see <see cref="Iceberg.Values.IcebergValue"/>):
/// dates <see cref="DateOnly"/>, times and timestamps microseconds, decimals <see cref="decimal"/>, uuids
/// <see cref="Guid"/>, binary and fixed <see cref="byte"/>[]; null for a null slot. For partition tuples and
/// equality-delete keys.
/// </summary>
internal static class ArrowValues
{
    private static readonly int EpochDayNumber = DateOnly.FromDateTime(DateTime.UnixEpoch).DayNumber;

    public static object? Get(IArrowArray array, int index, PrimitiveType? type = null)
    {
        if (array.IsNull(index))
            return null;
        return array switch
        {
            BooleanArray a => a.GetValue(index),
            Int8Array a => (int)a.GetValue(index)!.Value,
            Int16Array a => (int)a.GetValue(index)!.Value,
            Int32Array a => a.GetValue(index),
            Int64Array a => a.GetValue(index),
            FloatArray a => a.GetValue(index),
            DoubleArray a => a.GetValue(index),
            Date32Array a => DateOnly.FromDayNumber(EpochDayNumber + a.Values[index]),
            TimestampArray a => a.Values[index],
            Time64Array a => a.Values[index],
            StringArray a => a.GetString(index),
            Decimal128Array a => a.GetValue(index),
            FixedSizeBinaryArray a when type?.Kind == PrimitiveKind.Uuid =>
                new Guid(a.GetBytes(index), bigEndian: true),
            FixedSizeBinaryArray a => a.GetBytes(index).ToArray(),
            BinaryArray a => a.GetBytes(index).ToArray(),
            _ => throw new NotSupportedException($"a value of Arrow type {array.Data.DataType.Name} has no Iceberg form"),
        };
    }

    /// <summary>
    /// Whether two slots of an array hold the same value (two nulls are the same), compared where they lie: no value
    /// is boxed or copied. For telling where a run of equal values ends.
    /// </summary>
    public static bool SameValue(IArrowArray array, int a, int b)
    {
        var (nullA, nullB) = (array.IsNull(a), array.IsNull(b));
        if (nullA || nullB)
            return nullA && nullB;
        return array switch
        {
            BooleanArray x => x.GetValue(a) == x.GetValue(b),
            PrimitiveArray<sbyte> x => Same(x, a, b),
            PrimitiveArray<short> x => Same(x, a, b),
            PrimitiveArray<int> x => Same(x, a, b),
            PrimitiveArray<long> x => Same(x, a, b),
            PrimitiveArray<float> x => Same(x, a, b),
            PrimitiveArray<double> x => Same(x, a, b),
            BinaryArray x => x.GetBytes(a).SequenceEqual(x.GetBytes(b)),
            FixedSizeBinaryArray x => x.GetBytes(a).SequenceEqual(x.GetBytes(b)),
            _ => throw new NotSupportedException($"a value of Arrow type {array.Data.DataType.Name} has no Iceberg form"),
        };
    }

    private static bool Same<T>(PrimitiveArray<T> array, int a, int b) where T : struct, IEquatable<T> =>
        array.Values[a].Equals(array.Values[b]);
}
