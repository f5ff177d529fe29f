namespace Lineage.Materializers.Raw;

/// <summary>
/// One raw VQE run as the pipeline lands it: one JSON file under <c>experiment.vqe/</c>.
/// Times are seconds; the performance snapshots are JSON documents carried as strings.
/// </summary>
public sealed record VqeDecoratedResult(
    VqeResult VqeResult,
    MoleculeInfo Molecule,
    string BasisSet,
    double HamiltonianTime,
    double MappingTime,
    double VqeTime,
    double TotalTime,
    int MoleculeId,
    string? PerformanceStart,
    string? PerformanceEnd);
