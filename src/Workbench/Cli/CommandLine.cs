using Lineage.Workbench.Hosting;

namespace Lineage.Workbench.Cli;

/// <summary>Dispatches <c>lineage VERB …</c> to a verb; no verb (or <c>serve</c>) means the web workbench.</summary>
public static class CommandLine
{
    private static readonly HashSet<string> GlobalSwitches = ["json", "help"];

    public static IReadOnlyList<ICliVerb> Verbs { get; } = VerbCatalog.All;

    public static bool IsServe(string[] args) =>
        args.Length == 0 || args[0] == "serve" || args[0].StartsWith("--urls", StringComparison.Ordinal);

    public static async Task<int> RunAsync(string[] args, TextWriter output, TextWriter error, CancellationToken cancellationToken = default)
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
            var context = new CliContext(output, error, WorkbenchConfiguration.Load(), arguments.Has("json"));
            return await verb.RunAsync(arguments, context, cancellationToken);
        }
        catch (CliUsageException e)
        {
            error.WriteLine($"lineage {string.Join(' ', verb.Words)}: {e.Message} Usage: lineage {verb.Usage}");
            return 2;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or FormatException or ArgumentException or InvalidOperationException)
        {
            error.WriteLine($"lineage {string.Join(' ', verb.Words)}: {e.Message}");
            return 1;
        }
    }

    private static ICliVerb? Find(string[] args) =>
        Verbs.Where(v => v.Words.Count <= args.Length && v.Words.SequenceEqual(args.Take(v.Words.Count)))
            .MaxBy(v => v.Words.Count);

    private static void WriteHelp(TextWriter output)
    {
        output.WriteLine("usage: lineage [serve] | lineage VERB [options] [--json]");
        output.WriteLine();
        output.WriteLine("  serve (default)".PadRight(34) + "start the web workbench");
        foreach (var verb in Verbs)
            output.WriteLine($"  {verb.Usage}".PadRight(34) + verb.Summary);
    }
}
