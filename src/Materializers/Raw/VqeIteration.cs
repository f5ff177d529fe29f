namespace Lineage.Materializers.Raw;

/// <summary>
/// One energy evaluation of a VQE run. The deltas compare with the previous evaluation, so they are null on the first;
/// <see cref="CumulativeMinEnergy"/> is the lowest <see cref="Result"/> up to and including this one.
/// </summary>
public sealed record VqeIteration(
    int Iteration,
    IReadOnlyList<double> Parameters,
    double Result,
    double Std,
    double? EnergyDelta,
    double? ParameterDeltaNorm,
    double? CumulativeMinEnergy);
