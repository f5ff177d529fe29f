using Lineage.Workbench.Cli.Remote;
using Lineage.Workbench.Orchestration.Runs;

namespace Lineage.Workbench.Cli.Verbs;

/// <summary>
/// <c>lineage run ID</c>: a run and its steps, from the catalog database or the workbench at <c>--server</c>;
/// <c>--follow</c> streams its events from the workbench until it finishes (exit code 0 only if it succeeded).
/// </summary>
public sealed class RunVerb : ICliVerb, IHasSwitches
{
    public IReadOnlySet<string> Switches { get; } = new HashSet<string> { "follow" };

    public IReadOnlyList<string> Words { get; } = ["run"];

    public string Usage => "run RUN_ID [--follow] [--server URL] [--json]";

    public string Summary =>
        "show a run with its steps (asset, partition, status, attempt, rows, duration, error); " +
        "--follow prints its events live from the workbench until it finishes, exit code 0 if it succeeded";

    public async Task<int> RunAsync(CliArguments arguments, CliContext context, CancellationToken cancellationToken)
    {
        var follow = arguments.Has("follow");
        var server = arguments.Get("server");
        arguments.EnsureAllUsed();
        var runId = RunIdArgument.Require(arguments);

        if (follow)
            return await FollowAsync(server, runId, context, cancellationToken);
        var detail = server is null
            ? await new RunQueries(await CliCatalog.OpenAsync(context.Configuration, cancellationToken)).GetAsync(runId, cancellationToken)
            : await GetRemoteAsync(server, runId, context, cancellationToken);
        if (context.Json)
            context.WriteJson(detail);
        else
            RunText.WriteDetail(context.Out, detail);
        return 0;
    }

    /// <summary>Asks for the run first, so that an unknown run or an absent workbench is reported as plainly as without --follow.</summary>
    private static async Task<int> FollowAsync(string? server, long runId, CliContext context, CancellationToken cancellationToken)
    {
        var address = WorkbenchAddress.Resolve(server, context.Configuration);
        using (var client = new WorkbenchClient(address))
            await client.GetRunAsync(runId, cancellationToken);
        return await FollowedRun.StreamAsync(address, runId, context, cancellationToken);
    }

    private static async Task<RunDetail> GetRemoteAsync(string server, long runId, CliContext context, CancellationToken cancellationToken)
    {
        using var client = new WorkbenchClient(WorkbenchAddress.Resolve(server, context.Configuration));
        return await client.GetRunAsync(runId, cancellationToken);
    }
}
