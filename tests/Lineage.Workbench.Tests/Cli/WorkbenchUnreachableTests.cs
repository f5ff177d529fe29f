using System.Net;
using System.Net.Sockets;
using Lineage.Workbench.Tests.Shared;

namespace Lineage.Workbench.Tests.Cli;

/// <summary>Verbs that need a workbench, pointed at a port where none listens.</summary>
public sealed class WorkbenchUnreachableTests
{
    private static string Nowhere()
    {
        var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        var port = ((IPEndPoint)listener.LocalEndpoint).Port;
        listener.Stop();
        return $"http://127.0.0.1:{port}";
    }

    [Theory]
    [InlineData("runs")]
    [InlineData("run", "1")]
    [InlineData("run", "1", "--follow")]
    [InlineData("cancel", "1")]
    [InlineData("materialize", "--select", "*", "--partition", "2026-11-19")]
    [InlineData("backfill", "--select", "*", "--from", "2026-11-19", "--to", "2026-11-20")]
    public async Task A_verb_names_the_address_and_how_to_start_a_workbench(params string[] args)
    {
        var server = Nowhere();

        var run = await CliRun.OnSampleAsync([.. args, "--server", server]);

        Assert.Equal(1, run.ExitCode);
        Assert.StartsWith($"lineage {args[0]}: Could not reach the workbench at {server}/: start it with 'lineage serve' or name a running one with --server URL", run.Error);
        Assert.Equal("", run.Out);
    }
}
