using System.Globalization;

namespace Lineage.Assets.Partitions;

/// <summary>One partition per UTC calendar day from <see cref="Start"/>, keyed <c>yyyy-MM-dd</c>.</summary>
public sealed class DailyPartitions(DateOnly start) : PartitionsDefinition
{
    public const string KeyFormat = "yyyy-MM-dd";

    public DateOnly Start { get; } = start;

    public override string Description => $"daily from {FormatKey(Start)}";

    public static string FormatKey(DateOnly date) => date.ToString(KeyFormat, CultureInfo.InvariantCulture);

    public static bool TryParseKey(string key, out DateOnly date) =>
        DateOnly.TryParseExact(key, KeyFormat, CultureInfo.InvariantCulture, DateTimeStyles.None, out date);

    /// <summary>The partition a moment falls in: its UTC date.</summary>
    public static string KeyFor(DateTimeOffset moment) => FormatKey(DateOnly.FromDateTime(moment.UtcDateTime));

    public DateOnly ParseKey(string key)
    {
        if (!TryParseKey(key, out var date))
            throw new PartitionKeyException($"Invalid daily partition key '{key}': expected a date as {KeyFormat}.");
        if (date < Start)
            throw new PartitionKeyException($"Partition '{key}' is before the first partition {FormatKey(Start)}.");
        return date;
    }

    public override bool IsValidKey(string key) => TryParseKey(key, out var date) && date >= Start;

    public override IReadOnlyList<string> GetKeys(DateOnly asOf) =>
        asOf < Start ? [] : Enumerate(Start, asOf);

    public override IReadOnlyList<string> GetKeysInRange(PartitionKeyRange range)
    {
        var first = ParseKey(range.Start);
        var last = ParseKey(range.End);
        if (last < first)
            throw new PartitionKeyException($"Partition range '{range}' ends before it starts.");
        return Enumerate(first, last);
    }

    private static List<string> Enumerate(DateOnly first, DateOnly last)
    {
        var keys = new List<string>(last.DayNumber - first.DayNumber + 1);
        for (var day = first; day <= last; day = day.AddDays(1))
            keys.Add(FormatKey(day));
        return keys;
    }
}
