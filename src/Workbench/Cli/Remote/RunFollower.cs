using System.Net.WebSockets;
using System.Text.Json;
using Lineage.Workbench.Hubs;
using Lineage.Workbench.Hubs.Client;

namespace Lineage.Workbench.Cli.Remote;

/// <summary>Follows a run's events on a workbench, from its first event until the run finishes.</summary>
public static class RunFollower
{
    private static readonly HashSet<string> FinalStatuses = ["succeeded", "failed", "canceled"];

    /// <summary>Delivers each event of the run in order; returns the run's final status (succeeded, failed or canceled).</summary>
    /// <param name="connect">Opens the hub's WebSocket; by default a real socket (see <see cref="RunEventsClient.ConnectAsync"/>).</param>
    /// <exception cref="RunEventsUnavailableException">No workbench answers at <paramref name="server"/>.</exception>
    public static async Task<string> FollowAsync(
        Uri server, long runId, Func<RunEventMessage, Task> onEvent, CancellationToken cancellationToken,
        Func<Uri, CancellationToken, Task<WebSocket>>? connect = null)
    {
        await using var client = await RunEventsClient.ConnectAsync(server, connect, cancellationToken);
        var finished = new TaskCompletionSource<string>(TaskCreationOptions.RunContinuationsAsynchronously);
        client.Closed += e =>
        {
            finished.TrySetException(new WorkbenchUnreachableException(server,
                e ?? new IOException($"the workbench closed the connection before run {runId} finished")));
            return Task.CompletedTask;
        };
        await using var following = await client.FollowAsync(runId, async message =>
        {
            await onEvent(message);
            if (FinalStatus(message) is { } status)
                finished.TrySetResult(status);
        }, cancellationToken);
        return await finished.Task.WaitAsync(cancellationToken);
    }

    /// <summary>The status a <c>run</c> event announces when the run has finished; null for every other event.</summary>
    public static string? FinalStatus(RunEventMessage message) =>
        message.Kind == "run"
        && message.Data.ValueKind == JsonValueKind.Object
        && message.Data.TryGetProperty("status", out var status)
        && status.ValueKind == JsonValueKind.String
        && FinalStatuses.Contains(status.GetString()!)
            ? status.GetString()
            : null;
}
