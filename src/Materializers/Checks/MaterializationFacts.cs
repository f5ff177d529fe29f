using Lineage.Materializers.Raw;

namespace Lineage.Materializers.Checks;

/// <summary>
/// What a materialization learned while it wrote a partition and that the written table cannot tell afterwards:
/// the raw files read, rejected and superseded, the distinct iteration steps the raw records held, the ML rows
/// dropped. Checks read these next to the committed rows.
/// </summary>
public sealed class MaterializationFacts
{
    /// <summary>Raw files listed for the partition (valid and rejected).</summary>
    public int RawFilesRead { get; set; }

    public List<RawRecordError> RejectedFiles { get; } = [];

    public List<SupersededFile> SupersededFiles { get; } = [];

    /// <summary>Per experiment written to vqe_iterations, the number of distinct iteration numbers in its raw list.</summary>
    public Dictionary<string, int> DistinctIterationSteps { get; } = new(StringComparer.Ordinal);

    /// <summary>Joined ML rows dropped for null required columns (ml_iteration_features).</summary>
    public List<DroppedMlRow> DroppedMlRows { get; } = [];
}
