using Lineage.Materializers.Raw;

namespace Lineage.Materializers.Generation;

/// <summary>Draws a new experiment: molecule and basis, ansatz, optimiser, backend and initial parameters.</summary>
internal static class ExperimentDesigner
{
    /// <summary>Caps iterations × parameters so one file stays around 100 kB at most.</summary>
    public const int ParameterValueBudget = 3000;

    public const int MinIterations = 10;

    private static readonly int[] IterationLimits = [50, 100, 150, 200];

    private static readonly (int Reps, int Weight)[] Repetitions = [(1, 25), (2, 50), (3, 25)];

    private static readonly (int Shots, int Weight)[] Shots = [(1024, 40), (2048, 20), (4096, 25), (8192, 15)];

    private static readonly (string Backend, int Weight)[] Backends =
        [("aer_simulator_statevector", 60), ("aer_simulator_statevector_gpu", 25), ("aer_simulator", 15)];

    private static readonly string[] NoiseBackends = ["ibm_brisbane", "ibm_kyiv", "ibm_sherbrooke"];

    public static ExperimentSetup Design(RandomSource random)
    {
        var molecule = random.PickWeighted(MoleculeCatalog.All.Select(m => (m, m.Weight)).ToList());
        var basis = random.Pick(molecule.Bases);
        var ansatz = random.Chance(0.7) ? AnsatzCircuit.EfficientSu2 : AnsatzCircuit.RealAmplitudes;
        var reps = random.PickWeighted(Repetitions);
        var qubits = basis.NumQubits;
        var parameters = AnsatzCircuit.ParameterCount(ansatz, qubits, reps);
        var optimizer = random.PickWeighted(OptimizerProfile.All.Select(o => (o, o.Weight)).ToList());
        int? shots = random.Chance(0.25) ? null : random.PickWeighted(Shots);
        var backend = random.PickWeighted(Backends);
        var noise = random.Chance(0.8) ? "undef" : random.Pick(NoiseBackends);
        var initStrategy = random.Chance(0.1) ? null
            : ansatz == AnsatzCircuit.EfficientSu2 && random.Chance(0.3) ? "hf" : "random";
        int? seed = random.Chance(0.4) ? null : random.NextInt(0, 100_000);
        var ansatzName = ansatz == AnsatzCircuit.EfficientSu2 && random.Chance(0.15) ? null : ansatz;
        var moleculeData = random.Chance(0.2) ? molecule.WithoutMasses() : molecule.Data;
        var nuclearRepulsion = NuclearRepulsion.Of(molecule.Data);
        var electronicTarget = basis.GroundStateEnergy - nuclearRepulsion;

        var initial = new VqeInitialData(
            backend,
            qubits,
            HamiltonianSynthesizer.Create(random, qubits, electronicTarget),
            parameters,
            InitialParameters(random, parameters, initStrategy == "hf"),
            optimizer.Name,
            AnsatzCircuit.ToQasm(ansatz, qubits, reps),
            noise,
            shots,
            reps,
            initStrategy,
            seed,
            ansatzName);
        return new ExperimentSetup(
            molecule, moleculeData, basis, initial, optimizer, electronicTarget,
            random.Chance(0.15) ? null : nuclearRepulsion,
            MaxIterations(random, parameters));
    }

    private static double[] InitialParameters(RandomSource random, int count, bool hartreeFock)
    {
        var values = new double[count];
        for (var i = 0; i < count; i++)
            values[i] = hartreeFock
                ? (random.Chance(0.2) ? Math.PI : 0.0) + 0.05 * random.Gaussian()
                : 2 * Math.PI * random.NextDouble();
        return values;
    }

    private static int MaxIterations(RandomSource random, int parameters)
    {
        var cap = Math.Clamp(ParameterValueBudget / parameters, MinIterations, IterationLimits[^1]);
        var allowed = IterationLimits.Where(limit => limit <= cap).ToList();
        return allowed.Count > 0 ? random.Pick(allowed) : cap / MinIterations * MinIterations;
    }
}
