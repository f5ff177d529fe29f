using System.Text.RegularExpressions;
using Lineage.Workbench.Tests.Orchestration;
using Lineage.Workbench.Tests.Shared;
using Microsoft.Playwright;

namespace Lineage.Workbench.Tests.Browser;

/// <summary>The lineage page of a workbench with the engine follows a run without reloading.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LineageLiveStatusTests(BrowserFixture browser)
{
    private const string Molecules = "quantum_features/molecules";

    [Fact]
    public async Task A_node_turns_running_and_then_failed_while_the_page_stays_open()
    {
        var release = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
        var executor = new ScriptedStepExecutor(async (work, cancellationToken) =>
        {
            await release.Task.WaitAsync(cancellationToken);
            return ScriptedStepExecutor.Failed(work, "disk full");
        });
        await using var host = await EngineHost.StartAsync(
            "sqlite", executor, new Dictionary<string, string?> { ["Lineage:Jobs:Policies:*:Retries"] = "0" }, overNetwork: true);
        var page = await browser.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1500, Height = 950 } });
        await page.GotoAsync(new Uri(host.Address, "/").ToString());
        await page.WaitForSelectorAsync(".lineage-graph[data-interactive='true']");
        var pill = page.Locator($"g.lineage-node[data-asset='{Molecules}'] g.node-pill");
        await Assertions.Expect(pill).ToHaveClassAsync(new Regex("is-missing"));

        var run = await host.LaunchAsync(Molecules, "2026-11-19");
        await Assertions.Expect(pill).ToHaveClassAsync(new Regex("is-running"), new() { Timeout = 15_000 });

        release.SetResult();
        await host.WaitForRunAsync(run.RunId!.Value);
        await Assertions.Expect(pill).ToHaveClassAsync(new Regex("is-failed"), new() { Timeout = 15_000 });
        await Assertions.Expect(pill.Locator("title")).ToContainTextAsync("disk full");
        await page.CloseAsync();
    }
}
