using System.Numerics;
using Lineage.Materializers.Raw;

namespace Lineage.Materializers.Generation;

/// <summary>
/// A plausible Jordan–Wigner qubit Hamiltonian: the identity (carrying most of the electronic energy), every single Z,
/// every ZZ pair, and XXYY-type excitation terms on a few qubit quadruples. For four qubits this is exactly the 15 terms of
/// H2 in a minimal basis. Coefficients are real, as for any Hermitian Pauli sum.
/// </summary>
internal static class HamiltonianSynthesizer
{
    private static readonly string[] ExcitationPatterns = ["XXYY", "YYXX", "XXXX", "YYYY"];

    public static IReadOnlyList<HamiltonianTerm> Create(RandomSource random, int qubits, double electronicEnergy)
    {
        if (qubits < 4)
            throw new ArgumentOutOfRangeException(nameof(qubits), qubits, "A molecular Hamiltonian needs at least 4 qubits.");
        var terms = new List<HamiltonianTerm>
        {
            Term(new string('I', qubits), electronicEnergy * random.Uniform(0.4, 0.75)),
        };
        for (var q = 0; q < qubits; q++)
            terms.Add(Term(Label(qubits, (q, 'Z')), random.Sign() * random.Uniform(0.1, 0.5)));
        for (var a = 0; a < qubits; a++)
            for (var b = a + 1; b < qubits; b++)
                terms.Add(Term(Label(qubits, (a, 'Z'), (b, 'Z')), random.Uniform(0.05, 0.18)));
        foreach (var quad in Quadruples(random, qubits, qubits / 2 - 1))
        {
            var coefficient = random.Sign() * random.Uniform(0.005, 0.05);
            foreach (var pattern in ExcitationPatterns)
                terms.Add(Term(Label(qubits, quad.Select((q, i) => (q, pattern[i])).ToArray()), coefficient));
        }
        return terms;
    }

    private static HamiltonianTerm Term(string label, double real) => new(label, new Complex(real, 0.0));

    /// <summary>Qiskit's order: qubit 0 is the rightmost letter.</summary>
    private static string Label(int qubits, params (int Qubit, char Pauli)[] letters)
    {
        var label = new string('I', qubits).ToCharArray();
        foreach (var (qubit, pauli) in letters)
            label[qubits - 1 - qubit] = pauli;
        return new string(label);
    }

    private static List<int[]> Quadruples(RandomSource random, int qubits, int count)
    {
        var chosen = new List<int[]>(count);
        var seen = new HashSet<string>(StringComparer.Ordinal);
        while (chosen.Count < count)
        {
            var quad = Enumerable.Range(0, qubits).ToArray();
            for (var i = 0; i < 4; i++)
            {
                var j = random.NextInt(i, qubits);
                (quad[i], quad[j]) = (quad[j], quad[i]);
            }
            var sorted = quad[..4].Order().ToArray();
            if (seen.Add(string.Join(',', sorted)))
                chosen.Add(sorted);
        }
        return chosen;
    }
}
