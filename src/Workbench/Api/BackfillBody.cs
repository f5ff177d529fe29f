namespace Lineage.Workbench.Api;

/// <summary>The body of <c>POST /api/backfills</c>: a selection over the dates <c>from</c>–<c>to</c>; <c>staleOnly</c> keeps only the missing or stale asset partitions.</summary>
public sealed record BackfillBody(string? Selection, string? From, string? To, bool StaleOnly = false);
