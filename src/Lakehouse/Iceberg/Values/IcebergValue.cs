using System.Globalization;
using System.Numerics;
using Lineage.Lakehouse.Iceberg.Schemas;

namespace Lineage.Lakehouse.Iceberg.Values;

/// <summary>
/// The .NET form of Iceberg primitive values. Canonical forms: boolean <see cref="bool"/>, int <see cref="int"/>,
/// long <see cref="long"/>, float, double, decimal <see cref="decimal"/>, date <see cref="DateOnly"/>, time and
/// timestamps <see cref="long"/> microseconds, string, uuid <see cref="Guid"/>, fixed and binary <see cref="byte"/>[].
/// <see cref="Normalize"/> also accepts int days for dates, <see cref="TimeOnly"/>, <see cref="DateTime"/> and
/// <see cref="DateTimeOffset"/>.
/// </summary>
internal static class IcebergValue
{
    /// <summary>The canonical form of <paramref name="value"/> for <paramref name="type"/>.</summary>
    /// <exception cref="IcebergFormatException">The value cannot be a value of the type.</exception>
    public static object Normalize(PrimitiveType type, object value)
    {
        ArgumentNullException.ThrowIfNull(value);
        object? result = (type.Kind, value) switch
        {
            (PrimitiveKind.Boolean, bool b) => b,
            (PrimitiveKind.Int, int i) => i,
            (PrimitiveKind.Long, long l) => l,
            (PrimitiveKind.Long, int i) => (long)i,
            (PrimitiveKind.Float, float f) => f,
            (PrimitiveKind.Double, double d) => d,
            (PrimitiveKind.Double, float f) => (double)f,
            (PrimitiveKind.Decimal, decimal m) => m,
            (PrimitiveKind.Decimal, int i) => (decimal)i,
            (PrimitiveKind.Decimal, long l) => (decimal)l,
            (PrimitiveKind.Date, DateOnly d) => d,
            (PrimitiveKind.Date, int days) => DateOnly.FromDayNumber(Epoch.DayNumber + days),
            (PrimitiveKind.Time, long micros) => micros,
            (PrimitiveKind.Time, TimeOnly t) => t.Ticks / TimeSpan.TicksPerMicrosecond,
            (PrimitiveKind.Timestamp or PrimitiveKind.TimestampTz, long micros) => micros,
            (PrimitiveKind.Timestamp, DateTime t) => MicrosSinceEpoch(DateTime.SpecifyKind(t, DateTimeKind.Utc)),
            (PrimitiveKind.TimestampTz, DateTime t) => MicrosSinceEpoch(t.Kind == DateTimeKind.Unspecified ? DateTime.SpecifyKind(t, DateTimeKind.Utc) : t.ToUniversalTime()),
            (PrimitiveKind.TimestampTz, DateTimeOffset t) => MicrosSinceEpoch(t.UtcDateTime),
            (PrimitiveKind.String, string s) => s,
            (PrimitiveKind.Uuid, Guid g) => g,
            (PrimitiveKind.Uuid, string s) when Guid.TryParse(s, out var g) => g,
            (PrimitiveKind.Fixed, byte[] bytes) when bytes.Length == type.Length => bytes,
            (PrimitiveKind.Binary, byte[] bytes) => bytes,
            _ => null,
        };
        return result ?? throw new IcebergFormatException(
            $"a value of .NET type {value.GetType().Name} ({value}) is not a valid {type} value");
    }

    /// <summary>Orders two values of the same type as Iceberg does (strings and binary by unsigned bytes, uuids by their big-endian bytes).</summary>
    public static int Compare(PrimitiveType type, object left, object right)
    {
        var a = Normalize(type, left);
        var b = Normalize(type, right);
        return type.Kind switch
        {
            PrimitiveKind.String or PrimitiveKind.Uuid or PrimitiveKind.Fixed or PrimitiveKind.Binary =>
                Conversions.ToBytes(type, a).AsSpan().SequenceCompareTo(Conversions.ToBytes(type, b)),
            _ => Comparer<object>.Default.Compare(a, b),
        };
    }

    /// <summary>
    /// The human-readable form used in partition paths, as Iceberg's Java library writes it (<c>2026-11-20</c>,
    /// <c>sto3g</c>, <c>2026-11-20T08:00Z</c>, <c>12.50</c>, base64 for binary, <c>null</c>).
    /// </summary>
    public static string ToHumanString(PrimitiveType type, object? value)
    {
        if (value is null)
            return "null";
        var v = Normalize(type, value);
        return v switch
        {
            bool b => b ? "true" : "false",
            DateOnly d => d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            long micros when type.Kind == PrimitiveKind.Time => IsoTime(FromMicros(micros)),
            long micros when type.Kind == PrimitiveKind.Timestamp => FromMicros(micros).ToString("yyyy-MM-dd'T'", CultureInfo.InvariantCulture) + IsoTime(FromMicros(micros)),
            long micros when type.Kind == PrimitiveKind.TimestampTz => FromMicros(micros).ToString("yyyy-MM-dd'T'", CultureInfo.InvariantCulture) + IsoTime(FromMicros(micros)) + "Z",
            decimal m => m.ToString("F" + type.Scale.ToString(CultureInfo.InvariantCulture), CultureInfo.InvariantCulture),
            byte[] bytes => Convert.ToBase64String(bytes),
            Guid g => g.ToString("D"),
            IFormattable f => f.ToString(null, CultureInfo.InvariantCulture),
            _ => v.ToString()!,
        };
    }

    internal static DateOnly Epoch { get; } = new(1970, 1, 1);

    internal static int DaysSinceEpoch(DateOnly date) => date.DayNumber - Epoch.DayNumber;

    private static long MicrosSinceEpoch(DateTime utc) => (utc - DateTime.UnixEpoch).Ticks / TimeSpan.TicksPerMicrosecond;

    /// <summary>A time of day the way Java's ISO formatting writes it (and so Iceberg's partition paths): seconds and fractions only when not zero.</summary>
    private static string IsoTime(DateTime moment)
    {
        var text = moment.ToString("HH:mm", CultureInfo.InvariantCulture);
        var micros = moment.Ticks % TimeSpan.TicksPerSecond / TimeSpan.TicksPerMicrosecond;
        if (moment.Second == 0 && micros == 0)
            return text;
        text += moment.ToString(":ss", CultureInfo.InvariantCulture);
        return micros == 0 ? text
            : micros % 1000 == 0 ? text + "." + (micros / 1000).ToString("D3", CultureInfo.InvariantCulture)
            : text + "." + micros.ToString("D6", CultureInfo.InvariantCulture);
    }

    private static DateTime FromMicros(long micros) => DateTime.UnixEpoch.AddTicks(micros * TimeSpan.TicksPerMicrosecond);

    /// <summary>The unscaled integer of <paramref name="value"/> at <paramref name="scale"/> digits after the point.</summary>
    internal static BigInteger Unscaled(decimal value, int scale)
    {
        var bits = decimal.GetBits(value);
        var mantissa = new BigInteger((uint)bits[0]) | (new BigInteger((uint)bits[1]) << 32) | (new BigInteger((uint)bits[2]) << 64);
        var valueScale = (bits[3] >> 16) & 0xFF;
        if ((bits[3] & int.MinValue) != 0)
            mantissa = -mantissa;
        if (valueScale <= scale)
            return mantissa * BigInteger.Pow(10, scale - valueScale);
        var divisor = BigInteger.Pow(10, valueScale - scale);
        var quotient = BigInteger.DivRem(mantissa, divisor, out var remainder);
        return remainder.IsZero
            ? quotient
            : throw new IcebergFormatException($"decimal {value} has more than {scale} digits after the point");
    }

    internal static decimal FromUnscaled(BigInteger unscaled, int scale)
    {
        var magnitude = BigInteger.Abs(unscaled);
        if (scale > 28 || magnitude >= BigInteger.One << 96)
            throw new IcebergFormatException($"decimal with unscaled value {unscaled} and scale {scale} does not fit a .NET decimal");
        var lo = (int)(uint)(magnitude & uint.MaxValue);
        var mid = (int)(uint)((magnitude >> 32) & uint.MaxValue);
        var hi = (int)(uint)((magnitude >> 64) & uint.MaxValue);
        return new decimal(lo, mid, hi, unscaled.Sign < 0, (byte)scale);
    }
}
