namespace Lineage.Materializers.Raw;

/// <summary>
/// The outcome of one VQE optimisation. <see cref="Minimum"/> is the lowest electronic energy seen (hartree);
/// the total energy adds <see cref="NuclearRepulsionEnergy"/> when it is known.
/// </summary>
public sealed record VqeResult(
    VqeInitialData InitialData,
    IReadOnlyList<VqeIteration> IterationList,
    double Minimum,
    IReadOnlyList<double> OptimalParameters,
    double? Maxcv,
    double MinimizationTime,
    double? NuclearRepulsionEnergy,
    bool? Success,
    int? Nfev,
    int? Nit);
