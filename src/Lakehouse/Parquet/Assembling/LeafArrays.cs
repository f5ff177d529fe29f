using System.Buffers.Binary;
using System.Numerics;
using System.Runtime.InteropServices;
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

    public static ArrayData Build(IArrowType type, RawLeaf raw, ReadOnlySpan<int> slots)
    {
        var validity = Bitmaps.FromSlots(slots, out var nulls);
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
                return new ArrayData(type, length, nulls, 0, [validity, new ArrowBuffer(bits)]);
            case StringType or BinaryType:
                return Binary(type, (ReadOnlyMemory<byte>[])raw.Values, slots, validity, nulls);
            case Decimal128Type:
                return new ArrayData(type, length, nulls, 0, [validity, new ArrowBuffer(Decimals(raw.Values, slots))]);
            case FixedSizeBinaryType fixedSize:
                return new ArrayData(type, length, nulls, 0, [validity, new ArrowBuffer(Fixed((ReadOnlyMemory<byte>[])raw.Values, slots, fixedSize.ByteWidth))]);
            case FixedWidthType width:
                return new ArrayData(type, length, nulls, 0, [validity, new ArrowBuffer(Numbers(raw.Values, slots, width.BitWidth / 8))]);
            default:
                throw new FormatException($"no Arrow form for a leaf of type {type.Name}");
        }
    }

    private static byte[] Numbers(System.Array values, ReadOnlySpan<int> slots, int width) => (values, width) switch
    {
        (int[] v, 4) => Scatter<int, int>(v, slots, x => x),
        (int[] v, 1) => Scatter<int, byte>(v, slots, x => (byte)x),
        (int[] v, 2) => Scatter<int, short>(v, slots, x => (short)x),
        (long[] v, 8) => Scatter<long, long>(v, slots, x => x),
        (float[] v, 4) => Scatter<float, float>(v, slots, x => x),
        (double[] v, 8) => Scatter<double, double>(v, slots, x => x),
        (DateTime[] v, 8) => Scatter<DateTime, long>(v, slots, x => (x.Ticks - EpochTicks) * 100),
        _ => throw new FormatException($"stored {values.GetType().GetElementType()!.Name} values cannot fill a {width}-byte Arrow column"),
    };

    private static byte[] Scatter<TSource, TTarget>(TSource[] values, ReadOnlySpan<int> slots, Func<TSource, TTarget> convert)
        where TSource : struct
        where TTarget : unmanaged
    {
        var target = new TTarget[slots.Length];
        if (typeof(TSource) == typeof(TTarget) && IsIdentity(slots))
            MemoryMarshal.Cast<TSource, TTarget>(MemoryMarshal.CreateSpan(ref MemoryMarshal.GetArrayDataReference(values), slots.Length)).CopyTo(target);
        else
            for (var i = 0; i < slots.Length; i++)
            {
                if (slots[i] >= 0)
                    target[i] = convert(values[slots[i]]);
            }
        return MemoryMarshal.AsBytes(target.AsSpan()).ToArray();
    }

    private static bool IsIdentity(ReadOnlySpan<int> slots)
    {
        for (var i = 0; i < slots.Length; i++)
        {
            if (slots[i] != i)
                return false;
        }
        return true;
    }

    private static byte[] Decimals(System.Array values, ReadOnlySpan<int> slots)
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

    private static byte[] Fixed(ReadOnlyMemory<byte>[] values, ReadOnlySpan<int> slots, int width)
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

    private static ArrayData Binary(IArrowType type, ReadOnlyMemory<byte>[] values, ReadOnlySpan<int> slots, ArrowBuffer validity, int nulls)
    {
        var offsets = new int[slots.Length + 1];
        long total = 0;
        for (var i = 0; i < slots.Length; i++)
        {
            if (slots[i] >= 0)
                total += values[slots[i]].Length;
            if (total > int.MaxValue)
                throw new FormatException("a row group's byte array column holds more than 2 GiB");
            offsets[i + 1] = (int)total;
        }
        var data = new byte[total];
        for (var i = 0; i < slots.Length; i++)
        {
            if (slots[i] >= 0)
                values[slots[i]].Span.CopyTo(data.AsSpan(offsets[i]));
        }
        return new ArrayData(type, slots.Length, nulls, 0, [validity, new ArrowBuffer(MemoryMarshal.AsBytes(offsets.AsSpan()).ToArray()), new ArrowBuffer(data)]);
    }
}
