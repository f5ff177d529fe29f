using System.Diagnostics;
using Lineage.Assets.Partitions;
using Lineage.Workbench.Health;
using Microsoft.Playwright;

namespace Lineage.Bench.Ui;

/// <summary>
/// The workbench (the built <c>lineage serve</c>) on the benchmark's catalog database on a loopback port, driven by Chromium: time from navigation until
/// the lineage page is interactive with its statuses drawn, the partitions API over the whole range, and Chromium
/// laying out the static markup of the synthetic graph.
/// </summary>
internal static class BrowserTimings
{
    public static async Task RunAsync(string chromium, IReadOnlyDictionary<string, string?> settings, string syntheticMarkup, PartitionDateRange range)
    {
        using var workbench = await WorkbenchProcess.StartAsync(settings);
        var address = workbench.Address;
        using var playwright = await Playwright.CreateAsync();
        await using var browser = await playwright.Chromium.LaunchAsync(new BrowserTypeLaunchOptions
        {
            ExecutablePath = chromium,
            Headless = true,
            Args = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync"],
        });
        Console.WriteLine($"Chromium {browser.Version}, workbench at {address}");

        for (var pass = 1; pass <= 3; pass++)
        {
            var page = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1500, Height = 950 } });
            var clock = Stopwatch.StartNew();
            await page.GotoAsync(address + "/");
            await page.WaitForSelectorAsync(".lineage-graph[data-interactive='true']");
            await page.WaitForFunctionAsync("() => document.querySelectorAll('g.lineage-node g.node-pill').length === 12");
            UiBenchmark.Report($"lineage page \"/\" (12 assets) until interactive with statuses, Chromium, pass {pass}", clock.Elapsed.TotalMilliseconds);
            await page.CloseAsync();
        }

        using var http = new HttpClient { BaseAddress = new Uri(address), Timeout = TimeSpan.FromMinutes(5) };
        var query = $"/api/partitions?from={DailyPartitions.FormatKey(range.From)}&to={DailyPartitions.FormatKey(range.To)}";
        for (var pass = 1; pass <= 2; pass++)
        {
            var clock = Stopwatch.StartNew();
            var body = await http.GetStringAsync(query);
            UiBenchmark.Report($"GET /api/partitions, all 12 assets × {range.Dates.Count:N0} days ({body.Length / 1024} KB), pass {pass}", clock.Elapsed.TotalMilliseconds);
        }

        var css = await http.GetStringAsync("/lineage.styles.css");
        var synthetic = await browser.NewPageAsync(new BrowserNewPageOptions { ViewportSize = new ViewportSize { Width = 1500, Height = 950 } });
        var watch = Stopwatch.StartNew();
        await synthetic.SetContentAsync($"<!DOCTYPE html><html><head><style>{css}</style></head><body>{syntheticMarkup}</body></html>");
        var nodes = await synthetic.EvaluateAsync<int>("() => { document.querySelector('svg').getBBox(); return document.querySelectorAll('g.lineage-node').length; }");
        await synthetic.ScreenshotAsync(new PageScreenshotOptions { Path = Path.Combine(Path.GetTempPath(), "lineage-bench-1000.png") });
        UiBenchmark.Report($"static markup of the synthetic graph ({nodes:N0} nodes) loaded, laid out and painted in Chromium", watch.Elapsed.TotalMilliseconds);
    }
}
