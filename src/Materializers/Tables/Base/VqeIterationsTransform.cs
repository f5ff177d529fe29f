using Lineage.Assets.Keys;
using Lineage.Assets.Quantum;

namespace Lineage.Materializers.Tables.Base;

/// <summary>vqe_iterations: one row per iteration number, the first occurrence when a number repeats.</summary>
public sealed class VqeIterationsTransform : IBaseTableTransform
{
    public AssetKey Table => QuantumAssetKeys.VqeIterations;

    public void Append(ExperimentRun run, ProcessingStamp stamp, TableRows rows)
    {
        foreach (var iteration in IterationSteps.FirstOccurrences(run.Record.VqeResult.IterationList))
        {
            rows.ExperimentOnBackend(run)
                .Int(iteration.Iteration)
                .Double(iteration.Result)
                .Double(iteration.Std)
                .Double(iteration.EnergyDelta)
                .Double(iteration.ParameterDeltaNorm)
                .Double(iteration.CumulativeMinEnergy)
                .ScopedId(run.ExperimentId, RowIds.IterationInfix, iteration.Iteration)
                .EndWithProcessing(stamp);
        }
    }
}
