using Lineage.Workbench.Cli.Remote;
using Lineage.Workbench.Orchestration.Runs;

namespace Lineage.Workbench.Cli.Verbs;

/// <summary>
/// <c>lineage runs</c>: runs newest first, from the catalog database (no workbench needed) or, with
/// <c>--server</c>, from a running workbench.
/// </summary>
public sealed class RunsVerb : ICliVerb
{
    public IReadOnlyList<string> Words { get; } = ["runs"];

    public string Usage => "runs [--status STATUS] [--asset ASSET] [--trigger TRIGGER] [--limit N] [--server URL] [--json]";

    public string Summary =>
        "list runs newest first (id, status, trigger, selection, partitions, steps by status, created, duration) " +
        "from the catalog database, or from the workbench at --server";

    public async Task<int> RunAsync(CliArguments arguments, CliContext context, CancellationToken cancellationToken)
    {
        var filter = new RunFilter(
            Status: arguments.Get("status"),
            Asset: arguments.Get("asset"),
            Trigger: arguments.Get("trigger"),
            Limit: arguments.GetInt("limit", 50, 1, RunQueries.MaxLimit));
        var server = arguments.Get("server");
        arguments.EnsureAllUsed();
        if (arguments.Positionals.Count > 0)
            throw new CliUsageException($"Unexpected argument '{arguments.Positionals[0]}'.");

        var runs = server is null
            ? await ListLocalAsync(filter, context, cancellationToken)
            : await ListRemoteAsync(server, filter, context, cancellationToken);
        if (context.Json)
            context.WriteJson(runs);
        else
            RunText.WriteList(context.Out, runs);
        return 0;
    }

    private static async Task<IReadOnlyList<RunView>> ListLocalAsync(RunFilter filter, CliContext context, CancellationToken cancellationToken)
    {
        var queries = new RunQueries(await CliCatalog.OpenAsync(context.Configuration, cancellationToken));
        try
        {
            return await queries.ListAsync(filter, cancellationToken);
        }
        catch (ArgumentException e)
        {
            throw new CliUsageException(e.Message + ".");
        }
    }

    private static async Task<IReadOnlyList<RunView>> ListRemoteAsync(string server, RunFilter filter, CliContext context, CancellationToken cancellationToken)
    {
        using var client = new WorkbenchClient(WorkbenchAddress.Resolve(server, context.Configuration));
        return await client.ListRunsAsync(filter, cancellationToken);
    }
}
