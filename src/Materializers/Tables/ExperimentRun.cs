using Lineage.Materializers.Raw;

namespace Lineage.Materializers.Tables;

/// <summary>One valid raw record with its experiment id and the file it came from.</summary>
public sealed record ExperimentRun(VqeDecoratedResult Record, string ExperimentId, string FileName)
{
    public static ExperimentRun From(VqeDecoratedResult record, string fileName) => new(record, Raw.ExperimentId.Compute(record), fileName);
}
