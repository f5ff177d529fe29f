using Lineage.Assets.Keys;
using Lineage.Assets.Quantum;
using Lineage.Workbench.Catalog;
using Lineage.Workbench.Orchestration.Automation;
using Lineage.Workbench.Storage.Runs;

namespace Lineage.Workbench.Tests.Orchestration.Automation;

public sealed class EagerPlanTests
{
    private static readonly AssetCatalog Catalog = new(new DateOnly(2026, 11, 18));
    private static readonly IReadOnlyList<AssetKey> Eager = [QuantumAssetKeys.MlIterationFeatures, QuantumAssetKeys.MlRunSummary];

    private static readonly StoredRun Finished = new() { Id = 1, Selection = "*", Partitions = "[]", Status = RunStatus.Succeeded };

    private static StoredRunStep Step(AssetKey asset, string partition, StepStatus status = StepStatus.Succeeded) => new()
    {
        RunId = 1,
        AssetKey = asset.Value,
        Partition = partition,
        Unit = $"{partition}/base",
        Status = status,
        SnapshotId = status == StepStatus.Succeeded && asset != QuantumAssetKeys.RawVqeResults ? 7 : null,
    };

    private static List<StoredRunStep> BaseRun(string partition) =>
        [Step(QuantumAssetKeys.RawVqeResults, partition), .. QuantumAssetKeys.BaseTables.Select(t => Step(t, partition))];

    [Fact]
    public void Base_tables_materialized_for_two_days_bring_both_ML_tables_for_each_day()
    {
        var plan = EagerPlan.After(Catalog.Graph, Eager, Finished, [.. BaseRun("2026-11-19"), .. BaseRun("2026-11-20")]);

        Assert.Equal(
            [
                new EagerStep(QuantumAssetKeys.MlIterationFeatures, "2026-11-19"), new EagerStep(QuantumAssetKeys.MlRunSummary, "2026-11-19"),
                new EagerStep(QuantumAssetKeys.MlIterationFeatures, "2026-11-20"), new EagerStep(QuantumAssetKeys.MlRunSummary, "2026-11-20"),
            ],
            plan);
    }

    [Fact]
    public void Eager_assets_that_were_steps_of_the_run_are_left_out_whatever_their_status()
    {
        var plan = EagerPlan.After(Catalog.Graph, Eager, Finished,
            [.. BaseRun("2026-11-19"), Step(QuantumAssetKeys.MlIterationFeatures, "2026-11-19", StepStatus.Failed), Step(QuantumAssetKeys.MlRunSummary, "2026-11-19", StepStatus.Blocked)]);

        Assert.Empty(plan);
    }

    [Fact]
    public void An_eager_asset_whose_upstream_failed_in_the_run_is_left_out()
    {
        var steps = BaseRun("2026-11-19");
        steps.Single(s => s.AssetKey == QuantumAssetKeys.VqeIterations.Value).Status = StepStatus.Failed;

        var plan = EagerPlan.After(Catalog.Graph, Eager, Finished, steps);

        Assert.Empty(plan);
    }

    [Fact]
    public void A_run_that_materialized_nothing_upstream_of_an_eager_asset_brings_nothing()
    {
        Assert.Empty(EagerPlan.After(Catalog.Graph, [QuantumAssetKeys.MlRunSummary], Finished, [Step(QuantumAssetKeys.RawVqeResults, "2026-11-19")]));
        Assert.Empty(EagerPlan.After(Catalog.Graph, Eager, Finished, [Step(QuantumAssetKeys.Molecules, "2026-11-19", StepStatus.Canceled)]));
    }

    [Fact]
    public void Base_tables_of_an_empty_day_that_committed_nothing_bring_nothing()
    {
        var empty = BaseRun("2026-11-21");
        foreach (var step in empty)
            step.SnapshotId = null;

        Assert.Empty(EagerPlan.After(Catalog.Graph, Eager, Finished, empty));
        Assert.Equal(2, EagerPlan.After(Catalog.Graph, Eager, Finished, [.. empty, .. BaseRun("2026-11-20")]).Count);
    }

    [Fact]
    public void A_canceled_run_brings_nothing_even_for_the_base_tables_it_finished()
    {
        var canceled = new StoredRun { Id = 1, Selection = "*", Partitions = "[]", Status = RunStatus.Canceled };

        Assert.Empty(EagerPlan.After(Catalog.Graph, Eager, canceled, BaseRun("2026-11-19")));
    }
}
