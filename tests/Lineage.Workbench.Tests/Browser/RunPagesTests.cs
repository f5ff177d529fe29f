using Lineage.Workbench.Orchestration.Backfills;
using Lineage.Workbench.Storage.Checks;
using Lineage.Assets.Checks;
using Microsoft.Playwright;

namespace Lineage.Workbench.Tests.Browser;

[Collection(BrowserCollection.Name)]
public sealed class RunPagesTests(RunPagesFixture engine) : IClassFixture<RunPagesFixture>
{
    private async Task<long> LaunchRunningAsync(string selection, string day)
    {
        var launch = await engine.Host.LaunchAsync(selection, day);
        var runId = launch.RunId!.Value;
        await engine.Host.WaitForRunAsync(runId, d => d.Steps.Any(s => s.Status == "running"));
        return runId;
    }

    private static async Task<IPage> InteractiveAsync(IPage page, string selector)
    {
        await page.WaitForSelectorAsync($"{selector}[data-interactive='true']");
        return page;
    }

    [Fact]
    public async Task A_run_page_follows_a_running_step_to_success_without_reloading()
    {
        var runId = await LaunchRunningAsync("ml_run_summary", "2026-11-18");
        try
        {
            var page = await InteractiveAsync(await engine.OpenAsync($"/runs/{runId}"), ".run-page");
            var bar = page.Locator("g.gantt-row");
            await Assertions.Expect(bar).ToHaveAttributeAsync("data-status", "running");
            await Assertions.Expect(page.Locator(".run-page")).ToHaveAttributeAsync("data-status", "running");
            await page.EvaluateAsync("window.__notReloaded = true");

            engine.Release(runId);

            await Assertions.Expect(page.Locator(".run-page")).ToHaveAttributeAsync("data-status", "succeeded");
            await Assertions.Expect(bar).ToHaveAttributeAsync("data-status", "succeeded");
            await Assertions.Expect(page.Locator(".run-steps-table tr[data-status='succeeded']")).ToHaveCountAsync(1);
            await Assertions.Expect(page.Locator(".run-log-line", new() { HasText = "run succeeded" })).ToHaveCountAsync(1);
            Assert.True(await page.EvaluateAsync<bool>("window.__notReloaded === true"));
            await RunPagesFixture.ScreenshotAsync(page, "run");

            var list = await InteractiveAsync(await engine.OpenAsync("/runs"), ".runs-page");
            await Assertions.Expect(list.Locator($"tr[data-run='{runId}'] .run-status")).ToHaveTextAsync("succeeded");
            await RunPagesFixture.ScreenshotAsync(list, "runs");
        }
        finally
        {
            engine.Release(runId);
        }
    }

    [Fact]
    public async Task An_operator_cancels_a_running_run_from_its_page()
    {
        var runId = await LaunchRunningAsync("ml_run_summary", "2026-11-19");
        try
        {
            var page = await InteractiveAsync(await engine.OpenAsOperatorAsync($"/runs/{runId}"), ".run-page");

            await page.Locator("button.run-cancel").ClickAsync();

            await Assertions.Expect(page.Locator(".run-page")).ToHaveAttributeAsync("data-status", "canceled");
            await Assertions.Expect(page.Locator(".run-log-line", new() { HasText = $"cancel requested by {RunPagesFixture.OperatorName}" })).ToHaveCountAsync(1);

            await page.Locator("button.run-reexecute").ClickAsync();

            await page.WaitForURLAsync(new System.Text.RegularExpressions.Regex($"/runs/(?!{runId}$)\\d+$"));
            var retryId = long.Parse(page.Url[(page.Url.LastIndexOf('/') + 1)..]);
            engine.Release(retryId);
            await Assertions.Expect(page.Locator($".run-page[data-run='{retryId}']")).ToHaveAttributeAsync("data-status", "succeeded");
            await Assertions.Expect(page.Locator(".run-facts")).ToContainTextAsync("retry");
            await Assertions.Expect(page.Locator($".run-facts a[href='/runs/{runId}']")).ToBeVisibleAsync();
        }
        finally
        {
            engine.Release(runId);
        }
    }

    [Fact]
    public async Task The_runs_list_updates_live_and_filters_by_status()
    {
        var canceled = await LaunchRunningAsync("ml_run_summary", "2026-11-18");
        await engine.Host.Service<Lineage.Workbench.Orchestration.Runs.RunCanceller>().CancelAsync(canceled, "ada", CancellationToken.None);
        await engine.Host.WaitForRunAsync(canceled);
        var running = await LaunchRunningAsync("ml_run_summary", "2026-11-19");
        try
        {
            var page = await InteractiveAsync(await engine.OpenAsync("/runs"), ".runs-page");
            await Assertions.Expect(page.Locator($"tr[data-run='{running}'] .run-status")).ToHaveTextAsync("running");

            engine.Release(running);

            await Assertions.Expect(page.Locator($"tr[data-run='{running}'] .run-status")).ToHaveTextAsync("succeeded");
            await page.Locator("select.runs-filter-status").SelectOptionAsync("canceled");
            await Assertions.Expect(page.Locator($"tr[data-run='{running}']")).ToHaveCountAsync(0);
            await Assertions.Expect(page.Locator($"tr[data-run='{canceled}'] .run-status")).ToHaveTextAsync("canceled");
            await Assertions.Expect(page.Locator("tbody tr .run-status:not([data-status='canceled'])")).ToHaveCountAsync(0);
        }
        finally
        {
            engine.Release(running);
            engine.Release(canceled);
        }
    }

    [Fact]
    public async Task A_visitor_is_asked_to_sign_in_instead_of_being_offered_cancel()
    {
        var runId = await LaunchRunningAsync("ml_run_summary", "2026-11-20");
        try
        {
            var page = await InteractiveAsync(await engine.OpenAsync($"/runs/{runId}"), ".run-page");

            await Assertions.Expect(page.Locator(".run-page-actions .operator-only")).ToContainTextAsync("Sign in as an operator to cancel");
            await Assertions.Expect(page.Locator("button.run-cancel")).ToHaveCountAsync(0);
        }
        finally
        {
            engine.Release(runId);
        }
    }

    [Fact]
    public async Task An_unknown_run_is_explained_in_words()
    {
        var page = await engine.OpenAsync("/runs/987654");

        await Assertions.Expect(page.Locator(".run-missing")).ToContainTextAsync("987654");
    }

    [Fact]
    public async Task The_backfills_page_shows_each_date_of_a_backfill_as_a_cell()
    {
        var launch = await engine.Host.Service<BackfillService>().LaunchAsync("ml_run_summary", new DateOnly(2026, 11, 18), new DateOnly(2026, 11, 20), false, "ada", CancellationToken.None);
        try
        {
            await engine.Host.WaitForRunAsync(launch.RunId!.Value, d => d.Steps.Any(s => s.Status == "running"));
            var page = await InteractiveAsync(await engine.OpenAsync("/backfills"), ".backfills-page");

            var backfill = page.Locator($"section.backfill[data-backfill='{launch.BackfillId}']");
            await Assertions.Expect(backfill.Locator(".backfill-cell")).ToHaveCountAsync(3);
            await Assertions.Expect(backfill.Locator(".operator-only")).ToContainTextAsync("Sign in as an operator to cancel backfills");
            engine.Release(launch.RunId.Value);
            await Assertions.Expect(backfill.Locator(".backfill-cell[data-status='succeeded']")).ToHaveCountAsync(3);
            await Assertions.Expect(backfill).ToHaveAttributeAsync("data-status", "completed");
            await RunPagesFixture.ScreenshotAsync(page, "backfills");
        }
        finally
        {
            engine.Release(launch.RunId!.Value);
        }
    }

    [Fact]
    public async Task An_operator_cancels_a_backfill_and_resumes_it_from_the_backfills_page()
    {
        var launch = await engine.Host.Service<BackfillService>().LaunchAsync("ml_run_summary", new DateOnly(2026, 11, 18), new DateOnly(2026, 11, 19), false, "ada", CancellationToken.None);
        var runs = new List<long> { launch.RunId!.Value };
        try
        {
            await engine.Host.WaitForRunAsync(launch.RunId.Value, d => d.Steps.Any(s => s.Status == "running"));
            var page = await InteractiveAsync(await engine.OpenAsOperatorAsync($"/backfills/{launch.BackfillId}"), ".backfills-page");
            var backfill = page.Locator($"section.backfill[data-backfill='{launch.BackfillId}']");

            await backfill.Locator("button.backfill-cancel").ClickAsync();

            // The cancel answers once the canceled run's end is recorded, which may take up to BackfillService.CancelWait.
            await Assertions.Expect(backfill).ToHaveAttributeAsync("data-status", "canceled",
                new() { Timeout = (float)(BackfillService.CancelWait + TimeSpan.FromSeconds(5)).TotalMilliseconds });
            await Assertions.Expect(page.Locator(".backfills-message")).ToContainTextAsync($"backfill {launch.BackfillId} is canceled");

            await backfill.Locator("button.backfill-resume").ClickAsync();

            await Assertions.Expect(backfill).ToHaveAttributeAsync("data-status", "running");
            var resumed = (await engine.Host.Service<BackfillQueries>().GetAsync(launch.BackfillId, CancellationToken.None)).RunIds[^1];
            runs.Add(resumed);
            engine.Release(resumed);
            await Assertions.Expect(backfill).ToHaveAttributeAsync("data-status", "completed");
            await Assertions.Expect(backfill.Locator(".backfill-cell[data-status='succeeded']")).ToHaveCountAsync(2);
        }
        finally
        {
            runs.ForEach(engine.Release);
        }
    }

    [Fact]
    public async Task The_checks_page_lists_a_failing_check_with_its_metadata()
    {
        await using (var db = await engine.Host.OpenDatabaseAsync())
        {
            db.CheckResults.Add(new StoredCheckResult
            {
                AssetKey = "raw_vqe_results",
                CheckName = "files_parse",
                Partition = "2026-11-19",
                Passed = false,
                Severity = AssetCheckSeverity.Error,
                Blocking = true,
                Summary = "1 of 3 raw files rejected",
                Metadata = """{"rejected":[{"path":"2026-11-19/broken.json","problem":"unexpected end of JSON"}]}""",
                EvaluatedAt = DateTimeOffset.UtcNow,
            });
            await db.SaveChangesAsync();
        }
        var page = await InteractiveAsync(await engine.OpenAsync("/checks"), ".checks-page");

        var row = page.Locator("tr[data-check='files_parse'][data-asset='raw_vqe_results']");
        await Assertions.Expect(row).ToContainTextAsync("1 of 3 raw files rejected");
        await row.Locator("details.check-metadata summary").ClickAsync();
        await Assertions.Expect(row.Locator("details.check-metadata pre")).ToContainTextAsync("2026-11-19/broken.json");
        await RunPagesFixture.ScreenshotAsync(page, "checks");
    }
}
