using Lineage.Workbench.Tests.Api;
using Lineage.Workbench.Tests.Shared;

namespace Lineage.Workbench.Tests.Browser;

/// <summary>A browser on a workbench whose warehouse holds every asset of <see cref="MaterializedWorkbench.Day"/>.</summary>
public sealed class MaterializedBrowserFixture : BrowserFixture
{
    protected override Task PrepareAsync(IServiceProvider services) => MaterializedWorkbench.MaterializeDayAsync(services);
}
