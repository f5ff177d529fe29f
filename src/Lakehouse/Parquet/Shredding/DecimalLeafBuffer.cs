using System.Buffers.Binary;
using System.Numerics;
using Parquet.Data;

namespace Lineage.Lakehouse.Parquet.Shredding;

/// <summary>
/// Decimals: Arrow holds 128-bit little-endian unscaled values; Parquet.Net takes <see cref="decimal"/> up to
/// <see cref="SystemDecimalDigits"/> digits and <see cref="BigDecimal"/> beyond.
/// </summary>
internal static class DecimalLeafBuffer
{
    public const int SystemDecimalDigits = 28;

    public static LeafBuffer Create(LeafPlan plan, int precision, int scale) => precision > SystemDecimalDigits
        ? new Buffer<BigDecimal>(plan, unscaled => new BigDecimal(unscaled, precision, scale))
        : new Buffer<decimal>(plan, unscaled => ToDecimal(unscaled, scale));

    private static decimal ToDecimal(Int128 unscaled, int scale)
    {
        var negative = unscaled < 0;
        var magnitude = (UInt128)(negative ? -unscaled : unscaled);
        return new decimal((int)(uint)magnitude, (int)(uint)(magnitude >> 32), (int)(uint)(magnitude >> 64), negative, (byte)scale);
    }

    private sealed class Buffer<T>(LeafPlan plan, Func<Int128, T> convert) : ByteValuesLeafBuffer<T>(plan) where T : struct
    {
        private Int128? _min;
        private Int128? _max;

        public override (byte[] Lower, byte[] Upper)? Bounds() =>
            _min is { } min && _max is { } max ? (Encode(min), Encode(max)) : null;

        protected override T Add(ReadOnlySpan<byte> bytes)
        {
            var unscaled = BinaryPrimitives.ReadInt128LittleEndian(bytes);
            if (Plan.IsTopLevel)
            {
                if (_min is null || unscaled < _min)
                    _min = unscaled;
                if (_max is null || unscaled > _max)
                    _max = unscaled;
            }
            return convert(unscaled);
        }

        private static byte[] Encode(Int128 unscaled) => ((BigInteger)unscaled).ToByteArray(isUnsigned: false, isBigEndian: true);
    }
}
