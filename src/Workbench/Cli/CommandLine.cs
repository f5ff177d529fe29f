using Lineage.Workbench.Hosting;

namespace Lineage.Workbench.Cli;

/// <summary>Dispatches <c>lineage VERB …</c> to a verb; no verb (or <c>serve</c>) means the web workbench.</summary>
public static class CommandLine
{
    private static readonly HashSet<string> GlobalSwitches = ["json", "help"];

    public static IReadOnlyList<ICliVerb> Verbs { get; } = VerbCatalog.All;

    /// <summary>No verb, <c>serve</c>, or host options only (<c>--urls …</c>, <c>--environment …</c>) start the web workbench.</summary>
    public static bool IsServe(string[] args) =>
        args.Length == 0 || args[0] == "serve" || (args[0].StartsWith("--", StringComparison.Ordinal) && args[0] != "--help");

    public static async Task<int> RunAsync(
        string[] args, TextWriter output, TextWriter error, IConfiguration? configuration = null, CancellationToken cancellationToken = default, TextReader? input = null)
    {
        if (args is ["help" or "--help" or "-h", ..])
        {
            WriteHelp(output);
            return 0;
        }
        var verb = Find(args);
        if (verb is null)
        {
            error.WriteLine($"lineage: unknown command '{string.Join(' ', args.TakeWhile(a => !a.StartsWith('-')))}'. Run 'lineage help' for the list.");
            return 2;
        }
        try
        {
            var switches = GlobalSwitches.Concat(verb is IHasSwitches s ? s.Switches : []).ToHashSet();
            var arguments = new CliArguments(args.Skip(verb.Words.Count), switches);
            if (arguments.Has("help"))
            {
                output.WriteLine($"usage: lineage {verb.Usage}");
                output.WriteLine(verb.Summary);
                return 0;
            }
            var context = new CliContext(output, error, configuration ?? WorkbenchConfiguration.Load(), arguments.Has("json"), input);
            return await verb.RunAsync(arguments, context, cancellationToken);
        }
        catch (CliUsageException e)
        {
            error.WriteLine($"lineage {string.Join(' ', verb.Words)}: {e.Message} Usage: lineage {verb.Usage}");
            return 2;
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            error.WriteLine($"lineage {string.Join(' ', verb.Words)}: cancelled.");
            return 130;
        }
        catch (Exception e)
        {
            // One line for people; the stack only when asked for.
            error.WriteLine($"lineage {string.Join(' ', verb.Words)}: {OneLine(e.Message)}");
            if (Environment.GetEnvironmentVariable("LINEAGE_DEBUG") == "1")
                error.WriteLine(e);
            return 1;
        }
    }

    private static string OneLine(string message) => message.ReplaceLineEndings(" ");

    private static ICliVerb? Find(string[] args) =>
        Verbs.Where(v => v.Words.Count <= args.Length && v.Words.SequenceEqual(args.Take(v.Words.Count)))
            .MaxBy(v => v.Words.Count);

    private static void WriteHelp(TextWriter output)
    {
        output.WriteLine("usage: lineage [serve] | lineage VERB [options] [--json]");
        output.WriteLine();
        output.WriteLine("  lineage serve (the default)");
        output.WriteLine("      start the web workbench");
        foreach (var verb in Verbs)
        {
            output.WriteLine($"  lineage {verb.Usage}");
            output.WriteLine($"      {verb.Summary}");
        }
    }
}
