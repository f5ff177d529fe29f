using Lineage.Materializers.Materialization;
using Lineage.Workbench.Catalog;
using Lineage.Workbench.Materialization;
using Lineage.Workbench.Storage;

namespace Lineage.Workbench.Orchestration.Execution;

/// <summary>Executes units with the quantum materializer over the configured raw root and warehouse, recording into the catalog under the run.</summary>
public sealed class MaterializerStepExecutor(IConfiguration configuration, AssetCatalog catalog, CatalogDbContextFactory contexts, TimeProvider clock) : IStepExecutor
{
    public async Task<IReadOnlyList<StepResult>> ExecuteAsync(StepWork work, Func<string, Task> log, CancellationToken cancellationToken)
    {
        var materializer = MaterializerFactory.Create(configuration, catalog, new CatalogMaterializationLog(contexts, work.RunId), clock);
        await log($"materializing {string.Join(", ", work.Assets.Select(a => a.Name))} for {work.Unit[..work.Unit.IndexOf('/')]} (attempt {work.Attempt})");
        return await materializer.MaterializeAsync(work.Assets, [work.Date], null, cancellationToken);
    }
}
