using System.Diagnostics;
using System.Globalization;
using System.Text.Json;
using Lineage.Materializers.Generation;

namespace Lineage.Bench;

/// <summary>
/// Generates N raw VQE files landing on one day (once per folder), then materializes that partition — the nine base
/// tables with processing_metadata, then the two ML tables — in a child process, and prints raw MB/s, rows written
/// and the peak working set. <c>--file-mb N</c> instead lands one valid file of about N MB.
/// </summary>
internal static class MaterializeBenchmark
{
    public static readonly DateOnly Day = new(2026, 11, 20);

    public static async Task<int> RunAsync(string[] args)
    {
        var files = int.Parse(Option(args, "--files") ?? "10000", CultureInfo.InvariantCulture);
        var fileMb = Option(args, "--file-mb") is { } mb ? int.Parse(mb, CultureInfo.InvariantCulture) : (int?)null;
        var folder = Option(args, "--dir") ?? Path.Combine(Path.GetTempPath(), fileMb is { } size ? $"lineage-bench-materialize-one-{size}mb" : $"lineage-bench-materialize-{files}");
        var raw = Path.Combine(folder, "raw");
        if (fileMb is { } megabytes && !Directory.Exists(raw))
        {
            Console.WriteLine($"writing one raw file of about {megabytes} MB in {raw} …");
            Console.WriteLine($"wrote {await LargeRawFile.WriteAsync(raw, Day, megabytes * 1_000_000L) / 1e6:0.0} MB");
        }
        else if (!Directory.Exists(raw))
        {
            Console.WriteLine($"generating {files:N0} raw files in {raw} …");
            var generated = await new SyntheticVqeGenerator(new GeneratorOptions { Count = files, Days = 1, Start = Day }).WriteAsync(raw);
            Console.WriteLine($"generated {generated.Files:N0} files, {generated.Bytes / 1e6:0.0} MB");
        }
        var warehouse = Path.Combine(folder, "warehouse");
        if (Directory.Exists(warehouse))
            Directory.Delete(warehouse, recursive: true);

        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
            start.ArgumentList.Add(typeof(MaterializeBenchmark).Assembly.Location);
        foreach (var arg in new[] { "materialize-phase", raw, warehouse })
            start.ArgumentList.Add(arg);
        if (Option(args, "--only") is { } only)
        {
            start.ArgumentList.Add("--only");
            start.ArgumentList.Add(only);
        }
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
        {
            Console.Error.WriteLine(output);
            return 1;
        }
        var result = JsonDocument.Parse(output).RootElement;
        var rawMb = result.GetProperty("rawBytes").GetInt64() / 1e6;
        Console.WriteLine($"partition {Day:yyyy-MM-dd}: {result.GetProperty("rawFiles").GetInt32():N0} raw files, {rawMb:0.0} MB");
        Console.WriteLine($"{"stage",-22}{"seconds",9}{"rows",14}{"raw MB/s",10}");
        foreach (var stage in result.GetProperty("stages").EnumerateArray())
        {
            var seconds = stage.GetProperty("seconds").GetDouble();
            Console.WriteLine($"{stage.GetProperty("name").GetString(),-22}{seconds,9:0.00}{stage.GetProperty("rows").GetInt64(),14:N0}{rawMb / seconds,10:0.0}");
            foreach (var step in stage.GetProperty("steps").EnumerateArray())
                Console.WriteLine($"  {step.GetProperty("asset").GetString(),-20}{step.GetProperty("seconds").GetDouble(),9:0.00}{step.GetProperty("rows").GetInt64(),14:N0}  (until committed; checks follow)");
        }
        Console.WriteLine($"peak working set {result.GetProperty("peakWorkingSet").GetInt64() / 1e6:0} MB, peak GC heap {result.GetProperty("peakHeap").GetInt64() / 1e6:0} MB");
        Console.WriteLine($"failed checks: {result.GetProperty("failedChecks").GetInt32()}");
        return 0;
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }
}
