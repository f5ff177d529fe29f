using Lineage.Workbench.Auth;
using Lineage.Workbench.Tests.Orchestration;
using Lineage.Workbench.Tests.Shared;
using Microsoft.Playwright;

namespace Lineage.Workbench.Tests.Browser;

/// <summary>
/// The asset page over a workbench that really materializes the sample data: partitions launched from the Partitions
/// tab turn fresh live, and a bad raw file shows up as a failing check.
/// </summary>
[Collection(BrowserCollection.Name)]
public sealed class AssetPageEngineTests(BrowserFixture browser)
{
    private const string Operator = "ada";
    private const string Password = "partitions-2026";

    private static Dictionary<string, string?> Settings(string? raw = null)
    {
        var settings = new Dictionary<string, string?>
        {
            ["Lineage:Auth:Operators:0:Name"] = Operator,
            ["Lineage:Auth:Operators:0:PasswordHash"] = PasswordHash.Create(Password),
        };
        if (raw is not null)
            settings["Lineage:Raw"] = raw;
        return settings;
    }

    private async Task<IPage> OpenAsync(EngineHost host)
    {
        var page = await browser.Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1500, Height = 950 } });
        await page.GotoAsync(new Uri(host.Address, "/login").ToString());
        return page;
    }

    private static async Task SignInAsync(IPage page)
    {
        await page.Locator("input[name='name']").FillAsync(Operator);
        await page.Locator("input[name='password']").FillAsync(Password);
        await page.Locator("form.login-form button[type='submit']").ClickAsync();
        await page.WaitForURLAsync(url => !url.Contains("/login", StringComparison.Ordinal));
    }

    /// <summary>The tabs are live once the partition bar (rendered in its tab even while hidden) has its script attached.</summary>
    private static Task WaitUntilInteractiveAsync(IPage page) =>
        page.Locator(".partition-bar[data-interactive='true']").WaitForAsync(new() { State = WaitForSelectorState.Attached });

    private static string Screenshot(string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, name);
    }

    [Fact]
    public async Task A_date_materialized_from_the_partitions_tab_goes_running_then_fresh_without_reloading()
    {
        await using var host = await EngineHost.StartAsync("sqlite", settings: Settings(), overNetwork: true);
        var page = await OpenAsync(host);
        await SignInAsync(page);
        await page.GotoAsync(new Uri(host.Address, "/assets/quantum_features/molecules").ToString());
        await WaitUntilInteractiveAsync(page);
        await page.GetByRole(AriaRole.Tab, new() { Name = "Partitions" }).ClickAsync();
        await page.EvaluateAsync("() => window.__samePage = true");
        var cell = page.Locator("rect[data-date='2026-11-19']");
        await Assertions.Expect(cell).ToHaveAttributeAsync("data-health", "missing");

        await cell.ClickAsync();
        await Assertions.Expect(page.Locator(".partition-selection-text")).ToHaveTextAsync("Selected: 2026-11-19");
        await page.Locator(".plan-materialize-stale").ClickAsync();

        var confirmation = page.Locator(".launch-confirmation");
        await Assertions.Expect(confirmation).ToContainTextAsync("+quantum_features/molecules");
        await Assertions.Expect(confirmation.Locator("tr[data-step='quantum_features/molecules@2026-11-19']")).ToBeVisibleAsync();
        // Sources are kept current by observation, so the stale plan of a fresh catalog is the asset itself.
        await Assertions.Expect(confirmation.Locator("tr[data-step]")).ToHaveCountAsync(1);
        await Assertions.Expect(confirmation.Locator(".launch-confirm")).ToHaveTextAsync("Launch 1 step");
        await page.Locator(".launch-confirm").ClickAsync();

        await Assertions.Expect(page.Locator(".launch-run-link")).ToBeVisibleAsync();
        await Assertions.Expect(cell).ToHaveAttributeAsync("data-health", "running");
        await Assertions.Expect(cell).ToHaveAttributeAsync("data-health", "fresh", new() { Timeout = 90_000 });
        Assert.True(await page.EvaluateAsync<bool>("() => window.__samePage === true"), "the page was reloaded");
        await Assertions.Expect(page.Locator("rect[data-date='2026-11-18']")).ToHaveAttributeAsync("data-health", "missing");
        await page.ScreenshotAsync(new() { Path = Screenshot("asset-partitions.png"), FullPage = true });

        // A day before the first raw landing date is no partition: the plan is refused in words.
        await page.Locator("rect[data-date='2026-11-17']").ClickAsync();
        await page.Locator(".plan-materialize").ClickAsync();
        await Assertions.Expect(page.Locator(".partition-error")).ToContainTextAsync("partition 2026-11-17 is before the first partition 2026-11-18");
        await Assertions.Expect(page.Locator(".launch-confirmation")).ToHaveCountAsync(0);

        // Overview and Events read once per visit.
        await page.ReloadAsync();
        await WaitUntilInteractiveAsync(page);
        await page.GetByRole(AriaRole.Tab, new() { Name = "Overview" }).ClickAsync();
        await Assertions.Expect(page.Locator(".latest-partition")).ToHaveTextAsync("2026-11-19");
        await page.GetByRole(AriaRole.Tab, new() { Name = "Events" }).ClickAsync();
        await Assertions.Expect(page.Locator("tr[data-event='materialization'][data-partition='2026-11-19']")).ToContainTextAsync("run 1");
        await page.ScreenshotAsync(new() { Path = Screenshot("asset-events.png"), FullPage = true });
    }

    [Fact]
    public async Task A_bad_raw_file_shows_as_a_failing_raw_files_valid_check_naming_the_file()
    {
        var raw = Directory.CreateTempSubdirectory("lineage-raw-").FullName;
        try
        {
            CopyFolder(RepoPaths.SampleRaw, raw);
            var landed = new DateTimeOffset(2026, 11, 19, 12, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds() * 1_000_000 + 123_456;
            // The base unit reads the raw files of the day and evaluates raw_files_valid while it writes the base tables.
            var badFile = $"60-{landed}.json";
            await File.WriteAllTextAsync(Path.Combine(raw, "experiment.vqe", badFile), "{\"molecule\": \"H2\", \"vqe_result\": 17");
            await using var host = await EngineHost.StartAsync("sqlite", settings: Settings(raw), overNetwork: true);
            var launched = await host.LaunchAsync("quantum_features/molecules", "2026-11-19");
            Assert.Equal("succeeded", (await host.WaitForRunAsync(launched.RunId!.Value)).Run.Status);

            var page = await OpenAsync(host);
            await page.GotoAsync(new Uri(host.Address, "/assets/raw_vqe_results").ToString());
            await WaitUntilInteractiveAsync(page);
            await page.GetByRole(AriaRole.Tab, new() { NameRegex = new System.Text.RegularExpressions.Regex("^Checks") }).ClickAsync();

            var result = page.Locator("tr[data-check-result='raw_files_valid'][data-partition='2026-11-19']");
            await Assertions.Expect(result).ToHaveClassAsync("check-failed");
            await Assertions.Expect(result).ToContainTextAsync(badFile);
            await result.Locator("details.check-metadata summary").ClickAsync();
            await Assertions.Expect(result.Locator(".json-table")).ToContainTextAsync(badFile);
            await result.Locator(".check-history-button").ClickAsync();
            await Assertions.Expect(page.Locator(".check-history-title")).ToContainTextAsync("raw_files_valid");
            await page.ScreenshotAsync(new() { Path = Screenshot("asset-checks.png"), FullPage = true });
        }
        finally
        {
            Directory.Delete(raw, recursive: true);
        }
    }

    private static void CopyFolder(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var target = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(target)!);
            File.Copy(file, target);
        }
    }
}
