namespace Lineage.Workbench.Hubs;

/// <summary>How the web host tails <c>run_events</c> (<c>Lineage:Events</c>).</summary>
public sealed class RunEventsOptions
{
    public const string Section = "Lineage:Events";

    /// <summary>How often the table is read for new events.</summary>
    public TimeSpan PollInterval { get; set; } = TimeSpan.FromMilliseconds(250);

    /// <summary>How long events wait behind a missing id before it is taken for a rolled-back transaction and skipped.</summary>
    public TimeSpan GapGrace { get; set; } = TimeSpan.FromSeconds(2);

    /// <summary>The most events read per query.</summary>
    public int BatchSize { get; set; } = 500;
}
