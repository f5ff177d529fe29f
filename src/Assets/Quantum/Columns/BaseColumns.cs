using Lineage.Assets.Specs;
using F = Lineage.Assets.Quantum.Columns.RawFields;

namespace Lineage.Assets.Quantum.Columns;

/// <summary>
/// Columns several base tables share, all read from the raw source <paramref name="raw"/>; and references to its fields.
/// </summary>
internal sealed class BaseColumns(AssetSpec raw)
{
    public const string ProcessingName = "quantum_base_processing";

    public AssetSpec Raw { get; } = raw;

    public ColumnRef[] From(params IEnumerable<string> paths) => Raw.Refs(paths);

    public ColumnSpec ExperimentId => Column.Of("experiment_id", "string",
        "Lowercase hex SHA-256 of the canonical JSON of the molecule data, basis set and initial data: the same " +
        "experiment gets the same id whichever file or day it arrives in.",
        From(F.ExperimentIdentity));

    public ColumnSpec MoleculeId => Column.Of("molecule_id", "int",
        "Index of the molecule within the simulation's molecule file.", From(F.MoleculeId));

    public ColumnSpec BasisSet => Column.Of("basis_set", "string",
        "Basis set the molecule was expanded in, e.g. sto3g.", From(F.BasisSet));

    public ColumnSpec Backend => Column.Of("backend", "string",
        "Quantum backend or simulator the circuit ran on.", From(F.Backend));

    public ColumnSpec NumQubits => Column.Of("num_qubits", "int",
        "Number of qubits of the mapped Hamiltonian.", From(F.NumQubits));

    /// <summary>experiment_id, molecule_id, basis_set: the leading columns of most base tables.</summary>
    public IReadOnlyList<ColumnSpec> Experiment => [ExperimentId, MoleculeId, BasisSet];

    /// <summary>The experiment columns followed by backend and num_qubits.</summary>
    public IReadOnlyList<ColumnSpec> ExperimentOnBackend => [.. Experiment, Backend, NumQubits];

    public ColumnSpec AnsatzReps => Column.Of("ansatz_reps", "int",
        "Number of repetitions of the ansatz's layer.", From(F.AnsatzReps));

    public ColumnSpec AnsatzName => Column.Of("ansatz_name", "string",
        "Name of the ansatz family; EfficientSU2 when the record does not say.", From(F.AnsatzName));

    public ColumnSpec InitStrategy => Column.Of("init_strategy", "string",
        "How the initial parameters were chosen; random when the record does not say.", From(F.InitStrategy));

    public ColumnSpec IterationStep => Column.Of("iteration_step", "int",
        "The optimizer's iteration number.", From(F.IterationNumber));

    public ColumnSpec IterationId => ExperimentScopedId("iteration_id",
        "Identifies an iteration of an experiment: {experiment_id}_iter_{iteration_step}.", F.IterationNumber);

    /// <summary>
    /// A string id built from experiment_id and something within the experiment, so it derives from the
    /// experiment's identity fields plus <paramref name="withinExperiment"/>.
    /// </summary>
    public ColumnSpec ExperimentScopedId(string name, string description, params string[] withinExperiment) =>
        Column.Of(name, "string", description, From(F.ExperimentIdentity.Concat(withinExperiment).Distinct()));

    /// <summary>The run columns every base table ends with.</summary>
    public IReadOnlyList<ColumnSpec> Processing =>
    [
        Column.Of("processing_timestamp", "timestamptz",
            "When the run that wrote the row started. Set by the run itself, so it derives from no upstream column."),
        Column.Of("processing_date", "date",
            "The partition: the UTC date the raw file landed, from the unix_nano in its name.",
            From(F.FileLandedAt)),
        Column.Of("processing_batch_id", "string",
            "Identifies the run that wrote the row. Set by the run itself, so it derives from no upstream column."),
        Column.Of("processing_name", "string",
            $"Name of the processing step, always {ProcessingName}. A constant of the run, so it derives from no " +
            "upstream column."),
    ];
}
