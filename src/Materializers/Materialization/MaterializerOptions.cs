using Lineage.Materializers.Tables.Ml;

namespace Lineage.Materializers.Materialization;

public sealed record MaterializerOptions
{
    /// <summary>Rows a table's builder holds before they are handed to its data file writer.</summary>
    public int BatchRows { get; init; } = 8192;

    public MlFeatureOptions Ml { get; init; } = new();
}
