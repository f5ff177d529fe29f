namespace Lineage.Workbench.Storage.Runs;

/// <summary>A row of <c>backfills</c>: a selection over a date range, carried out by one run per launch or resume.</summary>
public sealed class StoredBackfill
{
    public long Id { get; set; }

    public required string Selection { get; set; }

    public DateOnly FromDate { get; set; }

    public DateOnly ToDate { get; set; }

    public BackfillStatus Status { get; set; }

    public string? LaunchedBy { get; set; }

    public DateTimeOffset CreatedAt { get; set; }

    public DateTimeOffset? FinishedAt { get; set; }
}
