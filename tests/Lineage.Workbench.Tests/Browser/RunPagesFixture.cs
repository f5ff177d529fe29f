using System.Collections.Concurrent;
using Lineage.Workbench.Auth;
using Lineage.Workbench.Tests.Orchestration;
using Lineage.Workbench.Tests.Shared;
using Microsoft.Playwright;

namespace Lineage.Workbench.Tests.Browser;

/// <summary>
/// A workbench with the engine on a fresh SQLite catalog whose steps wait until a test releases their run, an operator
/// account, and Chromium.
/// </summary>
public sealed class RunPagesFixture : IAsyncLifetime
{
    public const string OperatorName = "ada";
    public const string OperatorPassword = "analytical-engine";

    private readonly ConcurrentDictionary<long, TaskCompletionSource> _gates = new();
    private IPlaywright? _playwright;

    public EngineHost Host { get; private set; } = default!;

    public IBrowser Browser { get; private set; } = default!;

    public string BaseUrl => Host.Address.ToString().TrimEnd('/');

    public async Task InitializeAsync()
    {
        if (!File.Exists(BrowserFixture.ChromiumPath))
            throw new InvalidOperationException($"Chromium not found at {BrowserFixture.ChromiumPath}: install Debian's 'chromium' package or set LINEAGE_TEST_CHROMIUM.");
        var executor = new ScriptedStepExecutor(async (work, cancellationToken) =>
        {
            await Gate(work.RunId).Task.WaitAsync(cancellationToken);
            return ScriptedStepExecutor.Succeeded(work);
        });
        Host = await EngineHost.StartAsync("sqlite", executor, new Dictionary<string, string?>
        {
            ["Lineage:Auth:Operators:0:Name"] = OperatorName,
            ["Lineage:Auth:Operators:0:PasswordHash"] = PasswordHash.Create(OperatorPassword),
            ["Lineage:Jobs:MaxParallel"] = "4",
        }, overNetwork: true);
        _playwright = await Playwright.CreateAsync();
        Browser = await _playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = BrowserFixture.ChromiumPath,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
    }

    /// <summary>Lets the steps of a run finish (they succeed).</summary>
    public void Release(long runId) => Gate(runId).TrySetResult();

    private TaskCompletionSource Gate(long runId) =>
        _gates.GetOrAdd(runId, _ => new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously));

    /// <summary>A fresh, anonymous browser page at <paramref name="path"/>.</summary>
    public async Task<IPage> OpenAsync(string path)
    {
        var page = await Browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1500, Height = 950 } });
        await page.GotoAsync(BaseUrl + path);
        return page;
    }

    /// <summary>A fresh page signed in as the operator, at <paramref name="path"/>.</summary>
    public async Task<IPage> OpenAsOperatorAsync(string path)
    {
        var page = await OpenAsync("/login?returnUrl=" + Uri.EscapeDataString(path));
        await page.Locator("input[name='name']").FillAsync(OperatorName);
        await page.Locator("input[name='password']").FillAsync(OperatorPassword);
        await page.Locator("form.login-form button[type='submit']").ClickAsync();
        // Committed is enough: callers wait for the page to become interactive, and the load event of a page the
        // sign-in redirect reaches is not always reported (a 30 s wait for it once timed out on an idle page).
        try
        {
            await page.WaitForURLAsync(BaseUrl + path, new PageWaitForURLOptions { WaitUntil = WaitUntilState.Commit });
        }
        catch (TimeoutException e)
        {
            throw new TimeoutException($"signing in did not reach {path}: the page is at {page.Url} showing \"{await page.Locator("body").InnerTextAsync()}\"", e);
        }
        return page;
    }

    public static Task ScreenshotAsync(IPage page, string name)
    {
        var folder = Path.Combine(AppContext.BaseDirectory, "screenshots");
        Directory.CreateDirectory(folder);
        return page.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(folder, name + ".png"), FullPage = true });
    }

    public async Task DisposeAsync()
    {
        foreach (var gate in _gates.Values)
            gate.TrySetResult();
        if (Browser is not null)
            await Browser.CloseAsync();
        _playwright?.Dispose();
        if (Host is not null)
            await Host.DisposeAsync();
    }
}
