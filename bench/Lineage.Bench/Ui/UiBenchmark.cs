using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Lineage.Assets.Partitions;
using Lineage.Workbench.Catalog;
using Lineage.Workbench.Catalog.Status;
using Lineage.Workbench.Components.LineageView;
using Lineage.Workbench.Health;
using Lineage.Workbench.Materialization;
using Lineage.Workbench.Storage;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace Lineage.Bench.Ui;

/// <summary>
/// What the lineage page and the status matrix cost: server time to produce each page's data (layout, statuses,
/// markup) for a synthetic graph of 1,000 assets, the status matrix of the catalog's 11 tables over 3,650 days from a
/// SQLite catalog of synthetic facts, and the time until pages of a workbench on that catalog are interactive in
/// Chromium. The workbench serves the quantum asset graph only, so the 1,000-asset graph is measured on the server
/// side (and its static markup in Chromium), not as a live page.
/// </summary>
internal static class UiBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var assets = int.Parse(Option(args, "--assets") ?? "1000", CultureInfo.InvariantCulture);
        var days = int.Parse(Option(args, "--days") ?? "3650", CultureInfo.InvariantCulture);
        var seed = int.Parse(Option(args, "--seed") ?? "7", CultureInfo.InvariantCulture);
        var chromium = Option(args, "--chromium") ?? "/usr/bin/chromium";

        var graph = SyntheticGraph.Create(assets, seed);
        Console.WriteLine($"Synthetic graph: {graph.Specs.Count:N0} assets, {graph.EdgeCount:N0} edges (seed {seed})");
        SyntheticGraph.Create(60, seed).Layout();
        var (layout, layoutMs) = Time(graph.Layout);
        Report($"layout of {assets:N0} assets ({layout.Width:0} × {layout.Height:0} px)", layoutMs);

        var window = PartitionDateRange.Between(new DateOnly(2026, 1, 1), new DateOnly(2026, 1, 30)).Keys;
        var random = new Random(seed);
        var healths = graph.Specs.SelectMany(s => window.Select(d => new AssetPartitionHealth(
            s.Key, d, random.Next(20) == 0 ? PartitionHealth.Stale : PartitionHealth.Fresh, []))).ToList();
        var (statuses, summaryMs) = Time(() => NodeStatusSummary.Summarize(graph.Graph, window, window[0], healths, []));
        Report($"node statuses of {assets:N0} assets × {window.Count} days (summary of given healths)", summaryMs);
        var summaries = graph.Summaries();
        var related = graph.Related();
        var parameters = new Dictionary<string, object?>
        {
            [nameof(LineageGraph.Layout)] = layout,
            [nameof(LineageGraph.Summaries)] = summaries,
            [nameof(LineageGraph.Related)] = related,
            [nameof(LineageGraph.Statuses)] = statuses,
        };
        await MarkupRenderer.RenderAsync<LineageGraph>(parameters);
        var clock = Stopwatch.StartNew();
        var markup = await MarkupRenderer.RenderAsync<LineageGraph>(parameters);
        Report($"graph markup of {assets:N0} nodes ({markup.Length / 1024.0 / 1024:0.0} MB HTML, {Count(markup, "<rect class=\"bar-cell")} bar rects)", clock.Elapsed.TotalMilliseconds);

        var folder = Directory.CreateTempSubdirectory("lineage-bench-ui-").FullName;
        try
        {
            var today = DateOnly.FromDateTime(DateTime.UtcNow);
            var first = today.AddDays(1 - days);
            var settings = Settings(folder, first);
            var configuration = new ConfigurationBuilder().AddInMemoryCollection(settings).Build();
            var contexts = CatalogDbContextFactory.From(configuration);
            await contexts.MigrateAsync(CancellationToken.None);
            var catalog = CatalogFactory.Create(configuration, TimeProvider.System);
            clock.Restart();
            var rows = await StatusDatabase.FillAsync(contexts, catalog, first, days, seed);
            Console.WriteLine($"Catalog database (SQLite): {rows:N0} synthetic materializations and observations over {days:N0} days, filled in {clock.Elapsed.TotalSeconds:0.0} s");

            var service = new PartitionStatusService(catalog, contexts, MaterializerFactory.Recovery(configuration, catalog, contexts, TimeProvider.System));
            var tables = catalog.Graph.TopologicalOrder.Where(k => !catalog.Graph[k].IsSource).ToList();
            var range = PartitionDateRange.Between(first, today);
            for (var pass = 1; pass <= 2; pass++)
            {
                clock.Restart();
                var matrix = PartitionStatusMatrix.From(range.Keys, await service.GetAsync(tables, range.Keys, CancellationToken.None));
                var json = JsonSerializer.Serialize(matrix, JsonSerializerOptions.Web);
                Report($"status matrix {matrix.Assets.Count} × {matrix.Dates.Count:N0} ({json.Length / 1024} KB JSON), pass {pass}", clock.Elapsed.TotalMilliseconds);
            }

            var graphStatus = new GraphStatusService(catalog, service, new CatalogMaterializationLog(contexts), contexts, TimeProvider.System);
            for (var pass = 1; pass <= 2; pass++)
            {
                clock.Restart();
                await graphStatus.GetAsync(CancellationToken.None);
                Report($"home page statuses ({catalog.Graph.Specs.Count} assets × {GraphStatusService.WindowDays} days, one bulk query), pass {pass}", clock.Elapsed.TotalMilliseconds);
            }
            SqliteConnection.ClearAllPools();

            if (!File.Exists(chromium))
                Console.WriteLine($"Chromium skipped: {chromium} does not exist (pass --chromium PATH)");
            else
                await BrowserTimings.RunAsync(chromium, settings, markup, range);
        }
        finally
        {
            SqliteConnection.ClearAllPools();
            Directory.Delete(folder, recursive: true);
        }
        return 0;
    }

    /// <summary>A workbench configuration on a temp folder whose raw folder holds one (empty) file landed on <paramref name="first"/>, so partitions start that day.</summary>
    private static Dictionary<string, string?> Settings(string folder, DateOnly first)
    {
        var raw = Directory.CreateDirectory(Path.Combine(folder, "raw", "experiment.vqe")).FullName;
        var landed = new DateTimeOffset(first.ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
        File.WriteAllText(Path.Combine(raw, $"0-{(landed - DateTimeOffset.UnixEpoch).Ticks * 100}.json"), "{}");
        return new Dictionary<string, string?>
        {
            ["ConnectionStrings:Catalog"] = $"Data Source={Path.Combine(folder, "catalog.db")}",
            ["Lineage:Raw"] = Path.Combine(folder, "raw"),
            ["Lineage:Warehouse"] = Path.Combine(folder, "warehouse"),
            ["Logging:LogLevel:Default"] = "Warning",
        };
    }

    private static (T Result, double Milliseconds) Time<T>(Func<T> work)
    {
        var clock = Stopwatch.StartNew();
        var result = work();
        return (result, clock.Elapsed.TotalMilliseconds);
    }

    public static void Report(string what, double milliseconds) =>
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"  {what,-92}{milliseconds,10:0.0} ms"));

    private static int Count(string text, string what)
    {
        var count = 0;
        for (var at = text.IndexOf(what, StringComparison.Ordinal); at >= 0; at = text.IndexOf(what, at + what.Length, StringComparison.Ordinal))
            count++;
        return count;
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
