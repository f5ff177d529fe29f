using Lineage.Assets.Keys;
using Lineage.Assets.Quantum;

namespace Lineage.Materializers.Tables.Base;

/// <summary>performance_metrics: one row per run with its timings and computed_total_time = hamiltonian + mapping + vqe.</summary>
public sealed class PerformanceMetricsTransform : IBaseTableTransform
{
    public AssetKey Table => QuantumAssetKeys.PerformanceMetrics;

    public void Append(ExperimentRun run, ProcessingStamp stamp, TableRows rows)
    {
        var record = run.Record;
        rows.Experiment(run)
            .Double(record.HamiltonianTime)
            .Double(record.MappingTime)
            .Double(record.VqeTime)
            .Double(record.TotalTime)
            .Double(record.VqeResult.MinimizationTime)
            .Double(record.HamiltonianTime + record.MappingTime + record.VqeTime)
            .EndWithProcessing(stamp);
    }
}
