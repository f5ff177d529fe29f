using Lineage.Workbench.Cli;
using Microsoft.Extensions.Configuration;

namespace Lineage.Workbench.Tests.Shared;

/// <summary>Runs a <c>lineage</c> verb in-process on the sample data and captures its output.</summary>
public sealed record CliRun(int ExitCode, string Out, string Error)
{
    /// <summary>The repository's appsettings.json with the raw root pointed at the committed sample.</summary>
    public static IConfiguration SampleConfiguration { get; } = new ConfigurationBuilder()
        .AddJsonFile(Path.Combine(RepoPaths.Root, "appsettings.json"))
        .AddInMemoryCollection(new Dictionary<string, string?> { ["Lineage:Raw"] = RepoPaths.SampleRaw })
        .Build();

    public static async Task<CliRun> OnSampleAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CommandLine.RunAsync(args, output, error, SampleConfiguration);
        return new CliRun(code, output.ToString(), error.ToString());
    }
}
