namespace Lineage.Workbench.Cli.Remote;

/// <summary>The workbench's answer to a cancel: the run and its new status.</summary>
public sealed record CancelReply(long RunId, string Status);
