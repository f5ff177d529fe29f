using Lineage.Assets.Partitions;
using Lineage.Workbench.Cli.Remote;

namespace Lineage.Workbench.Cli.Verbs;

/// <summary>
/// <c>lineage backfill --select S --from D1 --to D2</c>: launches a backfill on the workbench and prints its id and
/// run id; <c>--follow</c> prints each partition's progress as the run's steps change, until it finishes.
/// </summary>
public sealed class BackfillVerb : ICliVerb, IHasSwitches
{
    public IReadOnlySet<string> Switches { get; } = new HashSet<string> { "stale", "follow" };

    public IReadOnlyList<string> Words { get; } = ["backfill"];

    public string Usage => "backfill --select SELECTION --from YYYY-MM-DD --to YYYY-MM-DD [--stale] [--server URL] [--follow] [--json]";

    public string Summary =>
        "launch a backfill of a selection over a date range on the workbench (--stale: only missing or stale asset partitions); " +
        "--follow prints per-partition progress until its run finishes, exit code 0 if it succeeded";

    public async Task<int> RunAsync(CliArguments arguments, CliContext context, CancellationToken cancellationToken)
    {
        var select = arguments.Require("select");
        var from = arguments.GetDate("from") ?? throw new CliUsageException("Missing required option --from.");
        var to = arguments.GetDate("to") ?? throw new CliUsageException("Missing required option --to.");
        var staleOnly = arguments.Has("stale");
        var follow = arguments.Has("follow");
        var server = arguments.Get("server");
        arguments.EnsureAllUsed();
        if (arguments.Positionals.Count > 0)
            throw new CliUsageException($"Unexpected argument '{arguments.Positionals[0]}'.");
        if (to < from)
            throw new CliUsageException($"--to {DailyPartitions.FormatKey(to)} is before --from {DailyPartitions.FormatKey(from)}.");

        var address = WorkbenchAddress.Resolve(server, context.Configuration);
        using var client = new WorkbenchClient(address);
        var launch = await client.LaunchBackfillAsync(select, from, to, staleOnly, cancellationToken);
        if (context.Json)
            context.WriteJson(launch);
        else
            context.Out.WriteLine(launch.RunId is { } id
                ? $"backfill {launch.BackfillId} queued as run {id} on {address}: {launch.Steps} step{(launch.Steps == 1 ? "" : "s")}"
                : $"backfill {launch.BackfillId}: {launch.Message}");
        if (!follow || launch.RunId is not { } runId)
            return 0;
        if (context.Json)
            return await FollowedRun.StreamAsync(address, runId, context, cancellationToken);
        // The run's events are replayed from its start, so every step starts out pending here.
        var steps = (await client.GetRunAsync(runId, cancellationToken)).Steps;
        var progress = new PartitionProgress(steps.Select(s => s with { Status = "pending" }));
        return await FollowedRun.StreamAsync(address, runId, context, message =>
        {
            if (progress.Apply(message) is { } line)
                context.Out.WriteLine(line);
        }, cancellationToken);
    }
}
