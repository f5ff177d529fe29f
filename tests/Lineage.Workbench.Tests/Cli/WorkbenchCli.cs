using System.Globalization;
using System.Text.RegularExpressions;
using Lineage.Workbench.Cli;
using Lineage.Workbench.Tests.Orchestration;
using Lineage.Workbench.Tests.Shared;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Lineage.Workbench.Tests.Cli;

/// <summary>Runs <c>lineage</c> verbs in-process with a test workbench's configuration (its catalog database).</summary>
internal static partial class WorkbenchCli
{
    public static async Task<CliRun> RunAsync(EngineHost host, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CommandLine.RunAsync(args, output, error, host.Services.GetRequiredService<IConfiguration>());
        return new CliRun(code, output.ToString(), error.ToString());
    }

    /// <summary>The id in the first line that reads <c>run N</c>.</summary>
    public static long RunIdIn(string output) =>
        long.Parse(RunId().Match(output) is { Success: true } m ? m.Groups[1].Value : throw new Xunit.Sdk.XunitException($"no run id in: {output}"), CultureInfo.InvariantCulture);

    public static IReadOnlyList<string> Lines(string output) => output.Split('\n', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);

    [GeneratedRegex(@"\brun (\d+)\b")]
    private static partial Regex RunId();
}
