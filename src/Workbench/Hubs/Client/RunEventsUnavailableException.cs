namespace Lineage.Workbench.Hubs.Client;

/// <summary>The workbench's run events hub could not be reached.</summary>
public sealed class RunEventsUnavailableException(Uri hub, Exception cause)
    : Exception($"Could not connect to the workbench's run events at {hub}: start the workbench (lineage serve) or check its URL. {cause.Message}", cause)
{
    public Uri Hub { get; } = hub;
}
