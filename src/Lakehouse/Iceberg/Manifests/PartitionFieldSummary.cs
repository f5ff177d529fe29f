namespace Lineage.Lakehouse.Iceberg.Manifests;

/// <summary>The range of one partition field over a manifest's files (<c>r508</c>); bounds in the single-value binary encoding.</summary>
internal sealed record PartitionFieldSummary(bool ContainsNull, bool? ContainsNan, byte[]? LowerBound, byte[]? UpperBound);
