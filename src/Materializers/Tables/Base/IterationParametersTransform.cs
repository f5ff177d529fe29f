using Lineage.Assets.Keys;
using Lineage.Assets.Quantum;

namespace Lineage.Materializers.Tables.Base;

/// <summary>
/// iteration_parameters: one row per parameter value of each iteration number (its first occurrence when it repeats),
/// keyed by <c>{iteration_id}_param_{parameter_index}</c>.
/// </summary>
public sealed class IterationParametersTransform : IBaseTableTransform
{
    public AssetKey Table => QuantumAssetKeys.IterationParameters;

    public void Append(ExperimentRun run, ProcessingStamp stamp, TableRows rows)
    {
        foreach (var iteration in IterationSteps.FirstOccurrences(run.Record.VqeResult.IterationList))
        {
            var iterationId = RowIds.Iteration(run.ExperimentId, iteration.Iteration);
            var parameters = iteration.Parameters;
            for (var index = 0; index < parameters.Count; index++)
            {
                rows.ExperimentOnBackend(run)
                    .Int(iteration.Iteration)
                    .Int(index)
                    .Double(parameters[index])
                    .String(iterationId)
                    .ScopedId(iterationId, RowIds.IterationParameterInfix, index)
                    .EndWithProcessing(stamp);
            }
        }
    }
}
