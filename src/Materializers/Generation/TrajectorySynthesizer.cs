using Lineage.Materializers.Raw;

namespace Lineage.Materializers.Generation;

/// <summary>
/// Draws one VQE optimisation: a noisy descent of the energy from the start towards a little above the molecule's
/// ground state, the parameters drifting from their initial to their final values along the same curve.
/// Evaluation cost grows with the qubits and the Hamiltonian's terms.
/// </summary>
internal static class TrajectorySynthesizer
{
    private const double TruncationChance = 0.35;

    private const double SpikeChance = 0.08;

    public static VqeResult Run(ExperimentSetup setup, RandomSource random)
    {
        var initial = setup.InitialData;
        var qubits = initial.NumQubits;
        var limit = setup.MaxIterations;
        var truncated = limit <= ExperimentDesigner.MinIterations || random.Chance(TruncationChance);
        var count = truncated ? limit : random.NextInt(ExperimentDesigner.MinIterations, limit);
        var noisy = initial.NoiseBackend != "undef";
        var std = EstimatorStd(random, initial) * (noisy ? 2.0 : 1.0);
        var finalGap = random.Uniform(0.0005, 0.02) * (qubits / 4.0) * (noisy ? 3.0 : 1.0);
        var startGap = initial.InitStrategy == "hf"
            ? random.Uniform(0.02, 0.12)
            : random.Uniform(0.4, 1.5) * Math.Sqrt(setup.MoleculeData.Symbols.Count);
        var decay = Decay(random.Uniform(0.001, 0.02), count);
        var start = initial.InitialParameters;
        var end = start.Select(p => p + 0.8 * random.Gaussian()).ToArray();

        var iterations = new List<VqeIteration>(count);
        VqeIteration? previous = null;
        for (var step = 1; step <= count; step++)
        {
            var d = decay(step);
            var parameters = new double[start.Count];
            for (var k = 0; k < parameters.Length; k++)
                parameters[k] = step == 1 ? start[k] : end[k] + (start[k] - end[k]) * d + 0.01 * d * random.Gaussian();
            var spike = random.Chance(SpikeChance) ? random.Uniform(0.0, 0.5) * startGap * d : 0.0;
            var energy = setup.ElectronicTarget + finalGap + startGap * d + spike + std * random.Gaussian();
            var current = new VqeIteration(
                step,
                parameters,
                energy,
                std * random.Uniform(0.9, 1.1),
                previous is null ? null : energy - previous.Result,
                previous is null ? null : Distance(parameters, previous.Parameters),
                previous?.CumulativeMinEnergy is { } best ? Math.Min(best, energy) : energy);
            iterations.Add(current);
            previous = current;
        }

        var bestStep = iterations.MinBy(i => i.Result)!;
        var evaluationCost = random.Uniform(0.8, 1.25) * 0.003 * (1 << (qubits / 2)) * (1 + initial.Hamiltonian.Count / 50.0);
        var success = truncated ? false : random.Chance(0.9);
        return new VqeResult(
            initial,
            iterations,
            bestStep.Result,
            bestStep.Parameters,
            setup.Optimizer.ReportsMaxcv && !truncated ? 0.0 : null,
            count * evaluationCost,
            setup.ReportedNuclearRepulsion,
            random.Chance(0.05) ? null : success,
            truncated ? null : count,
            truncated ? null : setup.Optimizer.IterationsFor(random, count, initial.NumParameters));
    }

    /// <summary>Shot noise of the energy estimate; an exact estimator (no shots) leaves only round-off.</summary>
    private static double EstimatorStd(RandomSource random, VqeInitialData initial) =>
        initial.DefaultShots is { } shots
            ? random.Uniform(0.3, 0.8) * 0.1 * Math.Sqrt(initial.Hamiltonian.Count) / Math.Sqrt(shots)
            : random.Uniform(1e-7, 1e-5);

    /// <summary>A rational decay from 1 at step 1 to <paramref name="end"/> at the last step: 1 / (1 + a(t − 1))².</summary>
    private static Func<int, double> Decay(double end, int steps)
    {
        var rate = steps > 1 ? (Math.Sqrt(1.0 / end) - 1.0) / (steps - 1) : 0.0;
        return step =>
        {
            var x = 1.0 + rate * (step - 1);
            return 1.0 / (x * x);
        };
    }

    private static double Distance(IReadOnlyList<double> a, IReadOnlyList<double> b)
    {
        var sum = 0.0;
        for (var i = 0; i < a.Count; i++)
        {
            var d = a[i] - b[i];
            sum += d * d;
        }
        return Math.Sqrt(sum);
    }
}
