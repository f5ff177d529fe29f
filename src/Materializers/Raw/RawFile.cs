using Lineage.Assets.Partitions;

namespace Lineage.Materializers.Raw;

/// <summary>
/// A raw result file as listed: where it is, when it landed (the unix_nano of its name, else the object's
/// last-modified time) and so which daily partition it belongs to; <see cref="LinkTarget"/> is where a local file
/// that is a symbolic link leads.
/// </summary>
public sealed record RawFile(string Location, string Name, long Length, string? ETag, DateTimeOffset LastModified, DateTimeOffset LandedAt, long Counter)
{
    public string? LinkTarget { get; init; }

    public DateOnly Partition => DateOnly.FromDateTime(LandedAt.UtcDateTime);

    public string PartitionKey => DailyPartitions.FormatKey(Partition);

    /// <summary>Later landings first; ties broken by counter, then name, so that the order is total.</summary>
    public static int NewestFirst(RawFile a, RawFile b)
    {
        var byLanding = b.LandedAt.CompareTo(a.LandedAt);
        if (byLanding != 0) return byLanding;
        var byCounter = b.Counter.CompareTo(a.Counter);
        return byCounter != 0 ? byCounter : string.CompareOrdinal(b.Name, a.Name);
    }
}
