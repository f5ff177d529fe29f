using Lineage.Workbench.Cli.Remote;

namespace Lineage.Workbench.Cli.Verbs;

/// <summary><c>lineage cancel ID</c>: asks the workbench to cancel a queued or running run.</summary>
public sealed class CancelVerb : ICliVerb
{
    public IReadOnlyList<string> Words { get; } = ["cancel"];

    public string Usage => "cancel RUN_ID [--server URL] [--json]";

    public string Summary => "cancel a queued or running run on the workbench: steps not started are withdrawn, running ones are stopped";

    public async Task<int> RunAsync(CliArguments arguments, CliContext context, CancellationToken cancellationToken)
    {
        var server = arguments.Get("server");
        arguments.EnsureAllUsed();
        var runId = RunIdArgument.Require(arguments);

        using var client = new WorkbenchClient(WorkbenchAddress.Resolve(server, context.Configuration));
        var reply = await client.CancelAsync(runId, cancellationToken);
        if (context.Json)
            context.WriteJson(reply);
        else
            context.Out.WriteLine($"run {reply.RunId} is {reply.Status}");
        return 0;
    }
}
