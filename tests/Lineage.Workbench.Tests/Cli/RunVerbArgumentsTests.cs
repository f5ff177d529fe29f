using Lineage.Workbench.Tests.Shared;

namespace Lineage.Workbench.Tests.Cli;

/// <summary>Arguments the run verbs refuse before reaching any workbench or catalog.</summary>
public sealed class RunVerbArgumentsTests
{
    [Theory]
    [InlineData("Name the run by its id", "run")]
    [InlineData("A run id is a positive whole number, not 'last'", "cancel", "last")]
    [InlineData("Unexpected argument '2'", "run", "1", "2")]
    [InlineData("--follow streams a run on a workbench: add --server URL", "materialize", "--select", "*", "--partition", "2026-11-19", "--follow")]
    [InlineData("--to 2026-11-18 is before --from 2026-11-19", "backfill", "--select", "*", "--from", "2026-11-19", "--to", "2026-11-18")]
    [InlineData("Missing required option --to", "backfill", "--select", "*", "--from", "2026-11-19")]
    [InlineData("--server must be a workbench URL such as http://127.0.0.1:5080, not 'localhost'", "runs", "--server", "localhost")]
    [InlineData("Option --limit must be a whole number from 1 to 500, not '0'", "runs", "--limit", "0")]
    public async Task Bad_arguments_are_usage_errors_naming_the_problem(string message, params string[] args)
    {
        var run = await CliRun.OnSampleAsync(args);

        Assert.Equal(2, run.ExitCode);
        Assert.Contains(message, run.Error);
    }
}
