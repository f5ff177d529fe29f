using Lineage.Assets.Partitions;
using Lineage.Assets.Quantum.Columns;
using Lineage.Assets.Specs;
using F = Lineage.Assets.Quantum.Columns.RawFields;

namespace Lineage.Assets.Quantum.Tables;

internal static class HamiltonianTermsAsset
{
    public static AssetSpec Create(BaseColumns c, DailyPartitions partitions) => QuantumTable.Base(
        c,
        partitions,
        QuantumAssetKeys.HamiltonianTerms,
        description:
            "The qubit Hamiltonian each experiment minimised, as a sum of Pauli terms: one row per term in the " +
            "record's order, with its Pauli string and the real and imaginary parts of its coefficient.",
        columns:
        [
            .. c.Experiment,
            c.Backend,
            Column.Of("term_label", "string", "Pauli string of the term, e.g. IZZI.", c.From(F.TermLabel)),
            Column.Of("coeff_real", "double", "Real part of the term's coefficient.", c.From(F.TermReal)),
            Column.Of("coeff_imag", "double", "Imaginary part of the term's coefficient.", c.From(F.TermImaginary)),
            Column.Of("term_index", "int", "0-based position of the term in the Hamiltonian.", c.From(F.TermLabel)),
            c.ExperimentScopedId("term_id", "Identifies the row: {experiment_id}_term_{term_index}.", F.TermLabel),
        ],
        keyColumns: ["term_id"],
        partitionColumns: ["processing_date", "basis_set", "backend"]);
}
