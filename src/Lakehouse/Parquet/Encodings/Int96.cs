using System.Buffers.Binary;

namespace Lineage.Lakehouse.Parquet.Encodings;

/// <summary>
/// A deprecated INT96 value as old writers (Impala, Hive, Spark) use it for timestamps: 8 bytes of nanoseconds
/// within the day, then 4 bytes of Julian day number, both little-endian.
/// </summary>
public readonly record struct Int96(long NanosOfDay, int JulianDay)
{
    public const int Size = 12;

    /// <summary>The Julian day number of 1970-01-01.</summary>
    public const int UnixEpochJulianDay = 2_440_588;

    private const long MicrosPerDay = 86_400_000_000;

    /// <summary>Microseconds since 1970-01-01T00:00:00Z; sub-microsecond nanoseconds are dropped (rounded down).</summary>
    public long ToUnixMicroseconds()
    {
        try
        {
            return checked((JulianDay - (long)UnixEpochJulianDay) * MicrosPerDay + FloorDiv(NanosOfDay, 1000));
        }
        catch (OverflowException)
        {
            throw new OverflowException(
                $"The INT96 timestamp (Julian day {JulianDay}, {NanosOfDay} ns) is outside what 64-bit microseconds since 1970 can hold.");
        }
    }

    public static Int96 FromUnixMicroseconds(long microseconds)
    {
        var days = FloorDiv(microseconds, MicrosPerDay);
        var nanos = (microseconds - days * MicrosPerDay) * 1000;
        return new Int96(nanos, (int)(days + UnixEpochJulianDay));
    }

    public static Int96 Read(ReadOnlySpan<byte> source) =>
        new(BinaryPrimitives.ReadInt64LittleEndian(source), BinaryPrimitives.ReadInt32LittleEndian(source[8..]));

    public void Write(Span<byte> destination)
    {
        BinaryPrimitives.WriteInt64LittleEndian(destination, NanosOfDay);
        BinaryPrimitives.WriteInt32LittleEndian(destination[8..], JulianDay);
    }

    private static long FloorDiv(long value, long divisor)
    {
        var quotient = Math.DivRem(value, divisor, out var remainder);
        return remainder < 0 ? quotient - 1 : quotient;
    }
}
