using System.Buffers.Binary;
using System.Numerics;
using Apache.Arrow;
using Apache.Arrow.Types;

namespace Lineage.Lakehouse.Parquet.Assembling;

/// <summary>
/// A leaf's Arrow array from its stored values and, per slot, the index of its value (-1 for null): integers
/// narrowed or widened to the Arrow width, decimals to 128-bit unscaled values, INT96 to nanoseconds, byte arrays
/// into one value buffer with offsets.
/// </summary>
internal static class LeafArrays
{
    private static readonly long EpochTicks = DateTime.UnixEpoch.Ticks;

    public static ArrayData Build(IArrowType type, RawLeaf raw, LeafSlots slots)
    {
        var validity = Bitmaps.From(slots);
        var length = slots.Length;
        switch (type)
        {
            case BooleanType:
                var bits = new byte[(length + 7) / 8];
                var booleans = (bool[])raw.Values;
                for (var i = 0; i < length; i++)
                {
                    if (slots[i] >= 0 && booleans[slots[i]])
                        bits[i >> 3] |= (byte)(1 << (i & 7));
                }
                return new ArrayData(type, length, slots.Nulls, 0, [validity, ArrayBuffers.Of(bits)]);
            case StringType or BinaryType:
                return Binary(type, (ReadOnlyMemory<byte>[])raw.Values, slots, validity);
            case Decimal128Type:
                return new ArrayData(type, length, slots.Nulls, 0, [validity, ArrayBuffers.Of(Decimals(raw.Values, slots))]);
            case FixedSizeBinaryType fixedSize:
                return new ArrayData(type, length, slots.Nulls, 0, [validity, ArrayBuffers.Of(Fixed((ReadOnlyMemory<byte>[])raw.Values, slots, fixedSize.ByteWidth))]);
            case FixedWidthType width:
                return new ArrayData(type, length, slots.Nulls, 0, [validity, Numbers(raw.Values, slots, width.BitWidth / 8)]);
            default:
                throw new FormatException($"no Arrow form for a leaf of type {type.Name}");
        }
    }

    private static ArrowBuffer Numbers(System.Array values, LeafSlots slots, int width) => (values, width) switch
    {
        (int[] v, 4) => Same(v, slots),
        (int[] v, 1) => Scatter<int, byte>(v, slots, x => (byte)x),
        (int[] v, 2) => Scatter<int, short>(v, slots, x => (short)x),
        (long[] v, 8) => Same(v, slots),
        (float[] v, 4) => Same(v, slots),
        (double[] v, 8) => Same(v, slots),
        (DateTime[] v, 8) => Scatter<DateTime, long>(v, slots, x => (x.Ticks - EpochTicks) * 100),
        _ => throw new FormatException($"stored {values.GetType().GetElementType()!.Name} values cannot fill a {width}-byte Arrow column"),
    };

    /// <summary>Values already in the Arrow width: without nulls the decoded array is the buffer itself.</summary>
    private static ArrowBuffer Same<T>(T[] values, LeafSlots slots)
        where T : unmanaged =>
        slots.IsDense ? ArrayBuffers.Of(values, slots.Length) : Scatter<T, T>(values, slots, x => x);

    private static ArrowBuffer Scatter<TSource, TTarget>(TSource[] values, LeafSlots slots, Func<TSource, TTarget> convert)
        where TSource : struct
        where TTarget : unmanaged
    {
        var target = new TTarget[slots.Length];
        for (var i = 0; i < slots.Length; i++)
        {
            var index = slots[i];
            if (index >= 0)
                target[i] = convert(values[index]);
        }
        return ArrayBuffers.Of(target);
    }

    private static byte[] Decimals(System.Array values, LeafSlots slots)
    {
        var bytes = new byte[slots.Length * 16];
        for (var i = 0; i < slots.Length; i++)
        {
            if (slots[i] < 0)
                continue;
            Int128 unscaled = values switch
            {
                int[] ints => ints[slots[i]],
                long[] longs => longs[slots[i]],
                ReadOnlyMemory<byte>[] arrays => BigEndian(arrays[slots[i]].Span),
                _ => throw new FormatException("decimal values of an unexpected physical type"),
            };
            BinaryPrimitives.WriteInt128LittleEndian(bytes.AsSpan(i * 16, 16), unscaled);
        }
        return bytes;
    }

    private static Int128 BigEndian(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length > 16)
            throw new FormatException($"a decimal of {bytes.Length} bytes does not fit 128 bits");
        return bytes.IsEmpty ? 0 : (Int128)new BigInteger(bytes, isUnsigned: false, isBigEndian: true);
    }

    private static byte[] Fixed(ReadOnlyMemory<byte>[] values, LeafSlots slots, int width)
    {
        var bytes = new byte[slots.Length * width];
        for (var i = 0; i < slots.Length; i++)
        {
            if (slots[i] < 0)
                continue;
            var value = values[slots[i]].Span;
            if (value.Length != width)
                throw new FormatException($"a fixed-length value has {value.Length} bytes, not {width}");
            value.CopyTo(bytes.AsSpan(i * width));
        }
        return bytes;
    }

    private static ArrayData Binary(IArrowType type, ReadOnlyMemory<byte>[] values, LeafSlots slots, ArrowBuffer validity)
    {
        var offsets = new int[slots.Length + 1];
        long total = 0;
        for (var i = 0; i < slots.Length; i++)
        {
            var index = slots[i];
            if (index >= 0)
                total += values[index].Length;
            if (total > int.MaxValue)
                throw new FormatException("a row group's byte array column holds more than 2 GiB");
            offsets[i + 1] = (int)total;
        }
        var data = new byte[total];
        for (var i = 0; i < slots.Length; i++)
        {
            var index = slots[i];
            if (index >= 0)
                values[index].Span.CopyTo(data.AsSpan(offsets[i]));
        }
        return new ArrayData(type, slots.Length, slots.Nulls, 0, [validity, ArrayBuffers.Of(offsets), ArrayBuffers.Of(data)]);
    }
}
