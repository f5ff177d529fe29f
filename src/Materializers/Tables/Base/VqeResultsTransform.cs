using Lineage.Assets.Keys;
using Lineage.Assets.Quantum;

namespace Lineage.Materializers.Tables.Base;

/// <summary>
/// vqe_results: one row per run with its setup and outcome; total_iterations counts the raw iteration list as it is,
/// repeated iteration numbers included.
/// </summary>
public sealed class VqeResultsTransform : IBaseTableTransform
{
    public AssetKey Table => QuantumAssetKeys.VqeResults;

    public void Append(ExperimentRun run, ProcessingStamp stamp, TableRows rows)
    {
        var result = run.Record.VqeResult;
        var initial = result.InitialData;
        rows.ExperimentOnBackend(run)
            .String(initial.Optimizer)
            .String(initial.NoiseBackend)
            .Int(initial.DefaultShots)
            .Int(initial.AnsatzReps)
            .String(InitialDataDefaults.AnsatzNameOf(initial))
            .String(InitialDataDefaults.InitStrategyOf(initial))
            .Int(initial.Seed)
            .Double(result.Minimum)
            .Double(result.Maxcv)
            .Double(result.NuclearRepulsionEnergy)
            .Boolean(result.Success)
            .Int(result.Nfev)
            .Int(result.Nit)
            .Int(result.IterationList.Count)
            .EndWithProcessing(stamp);
    }
}
