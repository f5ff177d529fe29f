namespace Lineage.Materializers.Tables.Ml;

/// <summary>Tunable sizes of the ML feature tables.</summary>
public sealed record MlFeatureOptions
{
    /// <summary>Rows in the trailing window of energy_moving_avg_5 and energy_moving_std_5 (current row included).</summary>
    public int MovingWindow { get; init; } = 5;

    /// <summary>Rows at the start and at the end of a run that the first_10 and last_10 summary columns use.</summary>
    public int HeadTailSize { get; init; } = 10;

    /// <summary>Rows per batch handed to the sink.</summary>
    public int BatchRows { get; init; } = 8192;

    internal void Validate()
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(MovingWindow, 1, nameof(MovingWindow));
        ArgumentOutOfRangeException.ThrowIfLessThan(HeadTailSize, 1, nameof(HeadTailSize));
        ArgumentOutOfRangeException.ThrowIfLessThan(BatchRows, 1, nameof(BatchRows));
    }
}
