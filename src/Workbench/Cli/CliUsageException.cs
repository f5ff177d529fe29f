namespace Lineage.Workbench.Cli;

/// <summary>Arguments a verb cannot accept; printed as one line on stderr with exit code 2.</summary>
public sealed class CliUsageException(string message) : Exception(message);
