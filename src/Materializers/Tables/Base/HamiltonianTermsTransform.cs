using Lineage.Assets.Keys;
using Lineage.Assets.Quantum;

namespace Lineage.Materializers.Tables.Base;

/// <summary>hamiltonian_terms: one row per Pauli term of the qubit Hamiltonian, in the record's order.</summary>
public sealed class HamiltonianTermsTransform : IBaseTableTransform
{
    public AssetKey Table => QuantumAssetKeys.HamiltonianTerms;

    public void Append(ExperimentRun run, ProcessingStamp stamp, TableRows rows)
    {
        var initial = run.Record.VqeResult.InitialData;
        var terms = initial.Hamiltonian;
        for (var index = 0; index < terms.Count; index++)
        {
            var term = terms[index];
            rows.Experiment(run)
                .String(initial.Backend)
                .String(term.Label)
                .Double(term.Coefficient.Real)
                .Double(term.Coefficient.Imaginary)
                .Int(index)
                .ScopedId(run.ExperimentId, RowIds.TermInfix, index)
                .EndWithProcessing(stamp);
        }
    }
}
