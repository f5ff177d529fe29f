using Lineage.Workbench.Catalog;
using Lineage.Workbench.Components.AssetViews;
using Lineage.Workbench.Tests.Shared;

namespace Lineage.Workbench.Tests.Components;

public sealed class DeclaredChecksTableTests
{
    [Fact]
    public async Task Blocking_checks_say_they_stop_downstream()
    {
        var html = await ComponentRenderer.RenderAsync<DeclaredChecksTable>(new Dictionary<string, object?>
        {
            [nameof(DeclaredChecksTable.Checks)] = new List<CheckDetail>
            {
                new("keys_unique", "No two rows share a key", "Error", true),
                new("cumulative_min_non_increasing", "Minimum never rises", "Warn", false),
            },
        });

        Assert.Contains("data-check=\"keys_unique\"", html);
        Assert.Contains("yes, stops downstream", html);
        Assert.Contains("Warn", html);
    }

    [Fact]
    public async Task No_checks_says_so()
    {
        var html = await ComponentRenderer.RenderAsync<DeclaredChecksTable>(new Dictionary<string, object?>
        {
            [nameof(DeclaredChecksTable.Checks)] = new List<CheckDetail>(),
        });

        Assert.Contains("No checks are declared", html);
        Assert.DoesNotContain("<table", html);
    }
}
