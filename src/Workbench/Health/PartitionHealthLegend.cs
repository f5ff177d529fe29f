namespace Lineage.Workbench.Health;

/// <summary>The one-letter codes of <see cref="PartitionHealth"/> used by the status matrix.</summary>
public static class PartitionHealthLegend
{
    public const string Text = "F fresh, E empty (no raw files), S stale, M missing, B blocked, X failed, R running";

    public static char Letter(this PartitionHealth health) => health switch
    {
        PartitionHealth.Fresh => 'F',
        PartitionHealth.Empty => 'E',
        PartitionHealth.Stale => 'S',
        PartitionHealth.Missing => 'M',
        PartitionHealth.Blocked => 'B',
        PartitionHealth.Failed => 'X',
        PartitionHealth.Running => 'R',
        _ => throw new ArgumentOutOfRangeException(nameof(health), health, "Unknown partition health."),
    };
}
