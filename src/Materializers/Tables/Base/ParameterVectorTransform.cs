using Lineage.Assets.Keys;
using Lineage.Materializers.Raw;

namespace Lineage.Materializers.Tables.Base;

/// <summary>
/// The shape initial_parameters and optimal_parameters share: one row per element of a parameter vector, keyed by
/// <c>{experiment_id}{infix}{parameter_index}</c>.
/// </summary>
public abstract class ParameterVectorTransform : IBaseTableTransform
{
    public abstract AssetKey Table { get; }

    /// <summary>What goes between the experiment id and the index in parameter_id, e.g. <c>_init_</c>.</summary>
    protected abstract string IdInfix { get; }

    protected abstract IReadOnlyList<double> Vector(VqeResult result);

    public void Append(ExperimentRun run, ProcessingStamp stamp, TableRows rows)
    {
        var vector = Vector(run.Record.VqeResult);
        for (var index = 0; index < vector.Count; index++)
        {
            rows.ExperimentOnBackend(run)
                .Double(vector[index])
                .Int(index)
                .ScopedId(run.ExperimentId, IdInfix, index)
                .EndWithProcessing(stamp);
        }
    }
}
