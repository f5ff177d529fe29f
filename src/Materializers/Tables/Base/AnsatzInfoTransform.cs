using Lineage.Assets.Keys;
using Lineage.Assets.Quantum;

namespace Lineage.Materializers.Tables.Base;

/// <summary>ansatz_info: one row per run describing the ansatz, with the defaults for an unnamed ansatz and strategy.</summary>
public sealed class AnsatzInfoTransform : IBaseTableTransform
{
    public AssetKey Table => QuantumAssetKeys.AnsatzInfo;

    public void Append(ExperimentRun run, ProcessingStamp stamp, TableRows rows)
    {
        var initial = run.Record.VqeResult.InitialData;
        rows.Experiment(run)
            .String(initial.Ansatz)
            .Int(initial.AnsatzReps)
            .String(InitialDataDefaults.AnsatzNameOf(initial))
            .String(InitialDataDefaults.InitStrategyOf(initial))
            .EndWithProcessing(stamp);
    }
}
