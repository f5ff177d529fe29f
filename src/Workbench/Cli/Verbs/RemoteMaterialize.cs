using Lineage.Workbench.Cli.Remote;

namespace Lineage.Workbench.Cli.Verbs;

/// <summary><c>lineage materialize … --server URL</c>: launches the run on a workbench instead of in this process.</summary>
internal static class RemoteMaterialize
{
    public static async Task<int> RunAsync(
        string server, string selection, IReadOnlyList<DateOnly> partitions, bool staleOnly, bool follow, CliContext context, CancellationToken cancellationToken)
    {
        var address = WorkbenchAddress.Resolve(server, context.Configuration);
        using var client = new WorkbenchClient(address);
        var launch = await client.LaunchAsync(selection, partitions, staleOnly, cancellationToken);
        if (context.Json)
            context.WriteJson(launch);
        else
            context.Out.WriteLine(launch.RunId is { } id ? $"run {id} queued on {address}: {launch.Steps} step{(launch.Steps == 1 ? "" : "s")}" : launch.Message);
        if (!follow || launch.RunId is not { } runId)
            return 0;
        return await FollowedRun.StreamAsync(address, runId, context, cancellationToken);
    }
}
