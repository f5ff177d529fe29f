using System.Numerics;

namespace Lineage.Materializers.Raw;

/// <summary>One Pauli term of a qubit Hamiltonian: a label such as <c>IIZZ</c> (one letter per qubit) and its complex coefficient.</summary>
public sealed record HamiltonianTerm(string Label, Complex Coefficient);
