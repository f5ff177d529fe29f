using Lineage.Materializers.Raw;

namespace Lineage.Materializers.Generation;

/// <summary>
/// Everything fixed before a run starts — what identifies an experiment (molecule, basis, initial data) plus the hidden
/// facts a run's trajectory is drawn from. A re-run reuses the whole setup.
/// </summary>
internal sealed record ExperimentSetup(
    MoleculeTemplate Molecule,
    MoleculeData MoleculeData,
    BasisChoice Basis,
    VqeInitialData InitialData,
    OptimizerProfile Optimizer,
    double ElectronicTarget,
    double? ReportedNuclearRepulsion,
    int MaxIterations);
