namespace Lineage.Materializers.Generation;

/// <summary>
/// A basis set a molecule is run with: the qubits its (active-space) Jordan–Wigner Hamiltonian needs,
/// and the approximate ground-state total energy in that basis (hartree) that a run converges towards.
/// </summary>
internal sealed record BasisChoice(string BasisSet, int NumQubits, double GroundStateEnergy);
