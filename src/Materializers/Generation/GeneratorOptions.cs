using Lineage.Assets.Partitions;

namespace Lineage.Materializers.Generation;

/// <summary>
/// What to generate: <see cref="Count"/> runs landing over <see cref="Days"/> UTC days from <see cref="Start"/>,
/// drawn from <see cref="Seed"/>. The same options always give byte-identical files.
/// </summary>
public sealed record GeneratorOptions
{
    public const int MaxCount = 1_000_000;

    public const int MaxDays = 3650;

    /// <summary>File names carry nanoseconds since 1970 in a signed 64-bit number, which ends in April 2262.</summary>
    public static readonly DateOnly EarliestStart = new(1970, 1, 1);

    public static readonly DateOnly LatestEnd = new(2262, 1, 1);

    public int Count { get; init; } = 60;

    public int Days { get; init; } = 3;

    public required DateOnly Start { get; init; }

    public long Seed { get; init; } = 42;

    public void Validate()
    {
        if (Count is < 1 or > MaxCount)
            throw new ArgumentOutOfRangeException(nameof(Count), Count, $"Count must be from 1 to {MaxCount}.");
        if (Days is < 1 or > MaxDays)
            throw new ArgumentOutOfRangeException(nameof(Days), Days, $"Days must be from 1 to {MaxDays}.");
        if (Start < EarliestStart || Start.DayNumber + Days > LatestEnd.DayNumber)
            throw new ArgumentOutOfRangeException(nameof(Start), DailyPartitions.FormatKey(Start),
                $"The landing days must lie from {DailyPartitions.FormatKey(EarliestStart)} to before {DailyPartitions.FormatKey(LatestEnd)}.");
    }
}
