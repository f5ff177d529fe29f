namespace Lineage.Workbench.Api;

/// <summary>
/// The body of <c>POST /api/runs</c>: a selection and either one partition, a list, or a <c>from</c>–<c>to</c> range;
/// <c>staleOnly</c> keeps only the missing or stale asset partitions.
/// </summary>
public sealed record LaunchBody(string? Selection, string? Partition, IReadOnlyList<string>? Partitions, string? From, string? To, bool StaleOnly = false);
