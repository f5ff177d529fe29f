namespace Lineage.Assets.Partitions;

/// <summary>An inclusive range of partition keys, e.g. <c>2026-11-18...2026-11-20</c>.</summary>
public sealed record PartitionKeyRange(string Start, string End)
{
    public const string Separator = "...";

    public static PartitionKeyRange Single(string key) => new(key, key);

    /// <summary>Parses <c>KEY</c> or <c>START...END</c>.</summary>
    public static PartitionKeyRange Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var parts = text.Split(Separator, StringSplitOptions.TrimEntries);
        return parts.Length switch
        {
            1 when parts[0].Length > 0 => Single(parts[0]),
            2 when parts[0].Length > 0 && parts[1].Length > 0 => new PartitionKeyRange(parts[0], parts[1]),
            _ => throw new FormatException($"Invalid partition range '{text}': expected KEY or START{Separator}END."),
        };
    }

    public override string ToString() => Start == End ? Start : $"{Start}{Separator}{End}";
}
