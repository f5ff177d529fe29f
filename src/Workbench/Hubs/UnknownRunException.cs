using Microsoft.AspNetCore.SignalR;

namespace Lineage.Workbench.Hubs;

/// <summary>A client asked to follow a run the catalog does not hold; the message reaches the client.</summary>
public sealed class UnknownRunException(long runId)
    : HubException($"Run {runId} is not in the catalog: check the run id, or follow a run once it has been launched.")
{
    public long RunId { get; } = runId;
}
