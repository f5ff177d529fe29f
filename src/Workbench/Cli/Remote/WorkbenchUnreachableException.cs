namespace Lineage.Workbench.Cli.Remote;

/// <summary>No workbench answered at the address a verb was given.</summary>
public sealed class WorkbenchUnreachableException(Uri server, Exception cause)
    : Exception($"Could not reach the workbench at {server}: start it with 'lineage serve' or name a running one with --server URL " +
        $"(or the {WorkbenchAddress.EnvironmentVariable} environment variable). {cause.Message}", cause)
{
    public Uri Server { get; } = server;
}
