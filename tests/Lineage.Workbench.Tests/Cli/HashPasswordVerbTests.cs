using Lineage.Workbench.Auth;
using Lineage.Workbench.Cli;
using Lineage.Workbench.Tests.Shared;

namespace Lineage.Workbench.Tests.Cli;

public sealed class HashPasswordVerbTests
{
    private static async Task<(int Code, string Out, string Error)> RunAsync(string input, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CommandLine.RunAsync(["hash-password", .. args], output, error, CliRun.SampleConfiguration, input: new StringReader(input));
        return (code, output.ToString(), error.ToString());
    }

    [Fact]
    public async Task The_password_read_from_standard_input_comes_out_as_a_verifiable_hash()
    {
        var (code, output, _) = await RunAsync("analytical-engine\n");
        Assert.Equal(0, code);
        Assert.True(PasswordHash.Verify("analytical-engine", output.Trim()));
    }

    [Fact]
    public async Task A_short_password_or_one_given_as_an_argument_is_refused()
    {
        Assert.Equal(2, (await RunAsync("short\n")).Code);
        var (code, _, error) = await RunAsync("analytical-engine\n", "analytical-engine");
        Assert.Equal(2, code);
        Assert.Contains("standard input", error);
    }
}
