using Lineage.Materializers.Raw;

namespace Lineage.Materializers.Generation;

/// <summary>Turns an experiment setup into one complete raw record landing at a given moment: the run, its timings and snapshots.</summary>
internal static class RunSynthesizer
{
    public static VqeDecoratedResult Complete(ExperimentSetup setup, RandomSource random, DateTimeOffset landedAt)
    {
        var result = TrajectorySynthesizer.Run(setup, random);
        var scale = setup.InitialData.NumQubits / 4.0;
        var hamiltonianTime = random.Uniform(0.05, 0.25) * scale * scale;
        var mappingTime = random.Uniform(0.002, 0.01) * setup.InitialData.Hamiltonian.Count / 15.0;
        var vqeTime = result.MinimizationTime + random.Uniform(0.3, 2.5) * scale;
        var totalTime = hamiltonianTime + mappingTime + vqeTime + random.Uniform(0.05, 0.6);

        string? performanceStart = null, performanceEnd = null;
        if (random.Chance(0.6))
        {
            var gpu = setup.InitialData.Backend.EndsWith("_gpu", StringComparison.Ordinal);
            var end = landedAt - TimeSpan.FromMilliseconds(random.NextInt(50, 900));
            var start = end - TimeSpan.FromSeconds(totalTime);
            performanceStart = PerformanceSnapshot.Create(random, start, setup, gpu);
            performanceEnd = PerformanceSnapshot.Create(random, end, setup, gpu);
        }

        return new VqeDecoratedResult(
            result,
            new MoleculeInfo(setup.MoleculeData),
            setup.Basis.BasisSet,
            hamiltonianTime,
            mappingTime,
            vqeTime,
            totalTime,
            setup.Molecule.MoleculeId,
            performanceStart,
            performanceEnd);
    }
}
