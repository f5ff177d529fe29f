namespace Lineage.Workbench.Orchestration.Alerts;

/// <summary>
/// One failure worth telling people about: a step of a run failed, or an asset partition is overdue for freshness.
/// </summary>
/// <param name="Asset">The asset key, e.g. <c>quantum_features/vqe_results</c>.</param>
/// <param name="Group">The asset's group in the asset graph; routes are chosen by it.</param>
/// <param name="Message">The step's error, or what is overdue and since when.</param>
/// <param name="Link">Absolute URL of the run page (failed steps) or the asset page (freshness).</param>
public sealed record Alert(
    AlertKind Kind,
    string Asset,
    string Group,
    string? Partition,
    string Message,
    long? RunId,
    string? Link,
    DateTimeOffset At);
