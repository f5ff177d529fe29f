using Lineage.Workbench.Cli.Remote;
using Lineage.Workbench.Hubs;

namespace Lineage.Workbench.Cli.Verbs;

/// <summary>Streams a run's events to the output until it finishes: one line each (one JSON object each with --json).</summary>
internal static class FollowedRun
{
    /// <returns>0 when the run succeeded, 1 when it failed or was canceled.</returns>
    public static async Task<int> StreamAsync(Uri server, long runId, CliContext context, CancellationToken cancellationToken) =>
        await StreamAsync(server, runId, context, message =>
        {
            if (context.Json)
                context.WriteJson(message);
            else
                context.Out.WriteLine(RunEventLine.Format(message));
        }, cancellationToken);

    public static async Task<int> StreamAsync(
        Uri server, long runId, CliContext context, Action<RunEventMessage> write, CancellationToken cancellationToken)
    {
        var status = await RunFollower.FollowAsync(server, runId, message =>
        {
            write(message);
            return Task.CompletedTask;
        }, cancellationToken);
        if (!context.Json)
            context.Out.WriteLine($"run {runId} {status}");
        return status == "succeeded" ? 0 : 1;
    }
}
