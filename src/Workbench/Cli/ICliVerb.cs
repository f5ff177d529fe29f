namespace Lineage.Workbench.Cli;

/// <summary>One command-line verb (<c>lineage generate …</c>).</summary>
public interface ICliVerb
{
    /// <summary>The words that select the verb, e.g. <c>["generate"]</c> or <c>["assets", "show"]</c>.</summary>
    IReadOnlyList<string> Words { get; }

    string Usage { get; }

    string Summary { get; }

    /// <summary>Runs the verb; returns the process exit code. Throw <see cref="CliUsageException"/> for bad arguments.</summary>
    Task<int> RunAsync(CliArguments arguments, CliContext context, CancellationToken cancellationToken);
}
