using System.Text.RegularExpressions;
using Lineage.Workbench.Auth;
using Lineage.Workbench.Tests.Orchestration;
using Lineage.Workbench.Tests.Shared;
using Microsoft.Playwright;

namespace Lineage.Workbench.Tests.Browser;

/// <summary>The lineage page of a workbench with the engine: it follows a run without reloading and launches one for an operator.</summary>
[Collection(BrowserCollection.Name)]
public sealed class LineagePageEngineTests(BrowserFixture browser)
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

    [Fact]
    public async Task An_operator_materializes_the_stale_partitions_of_an_asset_and_its_upstream_from_the_panel()
    {
        var executor = new ScriptedStepExecutor((work, _) => Task.FromResult(ScriptedStepExecutor.Succeeded(work)));
        await using var host = await EngineHost.StartAsync("sqlite", executor, new Dictionary<string, string?>
        {
            ["Lineage:Auth:Operators:0:Name"] = "ada",
            ["Lineage:Auth:Operators:0:PasswordHash"] = PasswordHash.Create("analytical-engine"),
        }, overNetwork: true);
        var page = await browser.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1500, Height = 950 } });
        await page.GotoAsync(new Uri(host.Address, "/login?returnUrl=%2F%3Fasset%3Dquantum_features%252Fmolecules").ToString());
        await page.FillAsync("input[name='name']", "ada");
        await page.FillAsync("input[name='password']", "analytical-engine");
        await page.ClickAsync("button[type='submit']");
        await page.WaitForSelectorAsync(".lineage-graph[data-interactive='true']");

        await page.Locator("aside.asset-panel button.materialize-stale").ClickAsync();

        await Assertions.Expect(page.Locator(".asset-panel-action-result")).ToContainTextAsync(new Regex(@"run \d+ queued"));
        var runs = await host.Service<Lineage.Workbench.Orchestration.Runs.RunQueries>().ListAsync(
            new Lineage.Workbench.Orchestration.Runs.RunFilter(), CancellationToken.None);
        var run = Assert.Single(runs);
        Assert.Equal("+quantum_features/molecules", run.Selection);
        Assert.Equal("ada", run.LaunchedBy);
        await page.CloseAsync();
    }
}
