using System.Globalization;
using Lineage.Assets.Partitions;

namespace Lineage.Materializers.Raw;

/// <summary>
/// The name of a raw file, <c>{counter}-{unix_nano}.json</c>: the producer's running counter and the moment the file
/// landed in nanoseconds since the Unix epoch. The landing day (UTC) is the file's partition.
/// Both numbers are non-negative decimal integers without sign or leading zeros, so a name parses back to itself.
/// </summary>
public readonly record struct RawFileName
{
    public const string Extension = ".json";

    private const long NanosPerTick = 100;

    public RawFileName(long counter, long unixNanos)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(counter);
        ArgumentOutOfRangeException.ThrowIfNegative(unixNanos);
        Counter = counter;
        UnixNanos = unixNanos;
    }

    public long Counter { get; }

    public long UnixNanos { get; }

    /// <summary>The landing moment in UTC (to the 100 ns tick; <see cref="UnixNanos"/> keeps the exact value).</summary>
    public DateTimeOffset LandedAt => DateTimeOffset.UnixEpoch.AddTicks(UnixNanos / NanosPerTick);

    public DateOnly LandedOn => DateOnly.FromDateTime(LandedAt.UtcDateTime);

    /// <summary>The daily partition key (<c>yyyy-MM-dd</c>) of the landing day.</summary>
    public string PartitionKey => DailyPartitions.FormatKey(LandedOn);

    public static bool TryParse(string? fileName, out RawFileName name)
    {
        name = default;
        if (fileName is null || !fileName.EndsWith(Extension, StringComparison.Ordinal))
            return false;
        var stem = fileName.AsSpan(0, fileName.Length - Extension.Length);
        var dash = stem.IndexOf('-');
        if (dash < 0
            || !TryParseNumber(stem[..dash], out var counter)
            || !TryParseNumber(stem[(dash + 1)..], out var nanos))
            return false;
        name = new RawFileName(counter, nanos);
        return true;
    }

    public static RawFileName Parse(string fileName) =>
        TryParse(fileName, out var name)
            ? name
            : throw new FormatException(
                $"'{fileName}' is not a raw file name: expected {{counter}}-{{unix_nano}}{Extension} with two non-negative whole numbers.");

    public override string ToString() =>
        string.Create(CultureInfo.InvariantCulture, $"{Counter}-{UnixNanos}{Extension}");

    private static bool TryParseNumber(ReadOnlySpan<char> digits, out long value)
    {
        value = 0;
        if (digits.IsEmpty || (digits.Length > 1 && digits[0] == '0'))
            return false;
        foreach (var c in digits)
            if (c is < '0' or > '9')
                return false;
        return long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out value);
    }
}
