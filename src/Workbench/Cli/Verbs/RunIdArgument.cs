using System.Globalization;

namespace Lineage.Workbench.Cli.Verbs;

/// <summary>The one positional argument of <c>lineage run ID</c> and <c>lineage cancel ID</c>.</summary>
internal static class RunIdArgument
{
    public static long Require(CliArguments arguments)
    {
        if (arguments.Positionals.Count == 0)
            throw new CliUsageException("Name the run by its id, e.g. 42 (lineage runs lists them).");
        if (arguments.Positionals.Count > 1)
            throw new CliUsageException($"Unexpected argument '{arguments.Positionals[1]}'.");
        var text = arguments.Positionals[0];
        return long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0
            ? id
            : throw new CliUsageException($"A run id is a positive whole number, not '{text}'.");
    }
}
