using System.Diagnostics;
using System.Text.Json;
using Lineage.Assets.Graph;
using Lineage.Assets.Quantum;
using Lineage.Lakehouse.IO;
using Lineage.Materializers.Materialization;
using Lineage.Materializers.Raw;
using Lineage.Materializers.Recording;
using Lineage.Materializers.Warehouse;

namespace Lineage.Bench;

/// <summary>The measured materialization in its own process. Prints one JSON line.</summary>
internal static class MaterializePhase
{
    public static async Task<int> RunAsync(string[] args)
    {
        var (rawFolder, warehouseFolder) = (args[0], args[1]);
        var graph = AssetGraph.Build(QuantumAssets.CreateSpecs(MaterializeBenchmark.Day));
        var raw = new RawSource(new LocalFileIO(), LocalFileIO.ToUri(rawFolder));
        var materializer = new QuantumMaterializer(graph, raw,
            new QuantumWarehouse(new LocalFileIO(), LocalFileIO.ToUri(warehouseFolder)), new InMemoryMaterializationLog(), new MaterializerOptions(), TimeProvider.System);
        var files = await raw.ListPartitionAsync(MaterializeBenchmark.Day, CancellationToken.None);

        long peakHeap = 0;
        using var sampler = new Timer(_ => peakHeap = Math.Max(peakHeap, GC.GetTotalMemory(false)), null, 0, 50);
        // LINEAGE_PROBE=1 prints the live heap (after a forced full GC) and each generation's size/fragmentation every
        // second; LINEAGE_PROBE=ws prints the working set and heap without forcing a GC. Diagnostics only: both slow the run.
        var probeClock = Stopwatch.StartNew();
        using var probe = Environment.GetEnvironmentVariable("LINEAGE_PROBE") is null ? null
            : new Timer(_ =>
            {
                if (Environment.GetEnvironmentVariable("LINEAGE_PROBE") == "ws")
                {
                    Console.Error.WriteLine($"probe {probeClock.Elapsed.TotalSeconds:0.0}s ws {Environment.WorkingSet / 1e6:0} MB heap {GC.GetTotalMemory(false) / 1e6:0} MB");
                    return;
                }
                var live = GC.GetTotalMemory(true);
                var info = GC.GetGCMemoryInfo(GCKind.FullBlocking);
                var gens = string.Join(" ", info.GenerationInfo.ToArray().Select((g, i) => $"g{i} {g.SizeAfterBytes / 1e6:0}/{g.FragmentationAfterBytes / 1e6:0}"));
                Console.Error.WriteLine($"probe {probeClock.Elapsed.TotalSeconds:0.0}s live {live / 1e6:0} MB {gens}");
            }, null, 0, 1000);
        var stages = new List<object>();
        var failedChecks = 0;
        // --only TABLE measures one base table alone (no ML stage): where the time and memory of the base pass go.
        var only = args.Length > 3 && args[2] == "--only" ? QuantumAssetKeys.BaseTables.Single(k => k.Name == args[3]) : null;
        var plan = only is null
            ? new[] { ("base_features", QuantumAssetKeys.BaseTables), ("ml_features", [QuantumAssetKeys.MlIterationFeatures, QuantumAssetKeys.MlRunSummary]) }
            : [(only.Name, [only])];
        foreach (var (name, selection) in plan)
        {
            var clock = Stopwatch.StartNew();
            var results = await materializer.MaterializeAsync(selection.ToHashSet(), [MaterializeBenchmark.Day], null, CancellationToken.None);
            clock.Stop();
            if (results.FirstOrDefault(r => r.Status is StepStatus.Failed or StepStatus.Blocked) is { } failed)
                throw new InvalidOperationException($"{failed.Asset}: {failed.Status} {failed.Error}");
            failedChecks += results.Sum(r => r.Checks.Count(c => !c.Passed));
            foreach (var check in results.SelectMany(r => r.Checks).Where(c => !c.Passed))
                Console.Error.WriteLine($"check failed: {check.Asset.Name}.{check.CheckName}: {check.Summary}");
            stages.Add(new { name, seconds = clock.Elapsed.TotalSeconds, rows = results.Sum(r => r.Rows), steps = results.Select(r => new { asset = r.Asset.Name, seconds = r.Duration.TotalSeconds, rows = r.Rows }).ToList() });
        }
        Console.WriteLine(JsonSerializer.Serialize(new
        {
            rawFiles = files.Count,
            rawBytes = files.Sum(f => f.Length),
            stages,
            failedChecks,
            peakWorkingSet = Process.GetCurrentProcess().PeakWorkingSet64,
            peakHeap,
            gcPauseSeconds = GC.GetTotalPauseDuration().TotalSeconds,
            gcCollections = new[] { GC.CollectionCount(0), GC.CollectionCount(1), GC.CollectionCount(2) },
            allocatedBytes = GC.GetTotalAllocatedBytes(),
        }));
        return 0;
    }
}
