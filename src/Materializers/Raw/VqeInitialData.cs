namespace Lineage.Materializers.Raw;

/// <summary>
/// What a VQE run started from: backend, qubit Hamiltonian, ansatz (as OpenQASM 3 text) and initial parameters.
/// A null <see cref="InitStrategy"/> means <c>random</c>; a null <see cref="AnsatzName"/> means <c>EfficientSU2</c>;
/// a null <see cref="DefaultShots"/> means an exact (shot-free) estimator.
/// </summary>
public sealed record VqeInitialData(
    string Backend,
    int NumQubits,
    IReadOnlyList<HamiltonianTerm> Hamiltonian,
    int NumParameters,
    IReadOnlyList<double> InitialParameters,
    string Optimizer,
    string Ansatz,
    string NoiseBackend,
    int? DefaultShots,
    int AnsatzReps,
    string? InitStrategy,
    int? Seed,
    string? AnsatzName);
