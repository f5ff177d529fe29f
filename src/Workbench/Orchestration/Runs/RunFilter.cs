namespace Lineage.Workbench.Orchestration.Runs;

/// <summary>Which runs to list, newest first: every field narrows; <see cref="BeforeId"/> pages back.</summary>
public sealed record RunFilter(
    string? Status = null,
    string? Asset = null,
    string? Trigger = null,
    DateTimeOffset? Since = null,
    long? BackfillId = null,
    long? BeforeId = null,
    int Limit = 50);
