namespace Lineage.Materializers.Tables;

/// <summary>
/// The processing columns every base table ends with: who wrote the rows (batch id and processing name), when
/// (timestamp) and for which partition (date).
/// </summary>
public sealed record ProcessingStamp(string BatchId, string Name, DateTimeOffset Timestamp, DateOnly Date)
{
    /// <summary>The processing name of base materializations.</summary>
    public const string BaseProcessingName = "quantum_base_processing";

    /// <summary>The partition as its key, <c>2026-11-20</c>.</summary>
    public string PartitionKey => Assets.Partitions.DailyPartitions.FormatKey(Date);

    /// <summary>The snapshot tag of the batch: <c>v_&lt;batch id&gt;</c>.</summary>
    public string Tag => $"v_{BatchId}";
}
