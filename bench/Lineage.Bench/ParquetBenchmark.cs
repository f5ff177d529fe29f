using System.Diagnostics;
using System.Globalization;
using System.Text.Json;

namespace Lineage.Bench;

/// <summary>
/// Writes and reads N rows with Lineage's Parquet codec (each phase in its own process), then does the same with
/// DuckDB on this machine, and prints MB/s, rows/s, peak working set and the ratios.
/// </summary>
internal static class ParquetBenchmark
{
    public static async Task<int> RunAsync(string[] args)
    {
        var rows = long.Parse(Option(args, "--rows") ?? "10000000", CultureInfo.InvariantCulture);
        var codec = Option(args, "--codec") ?? "snappy";
        var folder = Option(args, "--dir") ?? Directory.CreateTempSubdirectory("lineage-bench-").FullName;
        var ours = Path.Combine(folder, "lineage.parquet");
        Console.WriteLine($"Parquet benchmark: {rows:N0} rows of (int64 id, double, dictionary string, nullable double, list<double> of 8), codec {codec}");
        Console.WriteLine($"{"phase",-26}{"seconds",9}{"rows/s",14}{"file MB/s",11}{"data MB/s",11}{"peak WS MB",12}");
        var results = new List<JsonElement>();
        foreach (var phase in new[] { "write", "read", "project" })
        {
            var result = await RunPhaseAsync(phase, ours, rows, codec);
            results.Add(result);
            Print($"lineage {phase}", result, rows);
        }
        var duckdb = await RunDuckDbAsync(folder, ours, rows, codec);
        if (duckdb is not null)
        {
            foreach (var phase in duckdb.Value.EnumerateArray())
                Print("duckdb " + phase.GetProperty("phase").GetString(), phase, rows);
            Console.WriteLine();
            foreach (var (name, index) in new[] { ("write", 0), ("read", 1), ("project", 2) })
            {
                var ourSeconds = results[index].GetProperty("seconds").GetDouble();
                var theirs = duckdb.Value.EnumerateArray().First(p => p.GetProperty("phase").GetString()!.StartsWith(name, StringComparison.Ordinal));
                Console.WriteLine($"{name}: lineage takes {ourSeconds / theirs.GetProperty("seconds").GetDouble():0.00}x DuckDB's time");
            }
        }
        if (Option(args, "--dir") is null)
            Directory.Delete(folder, recursive: true);
        return 0;
    }

    private static void Print(string name, JsonElement result, long rows)
    {
        var seconds = result.GetProperty("seconds").GetDouble();
        var fileMb = result.GetProperty("fileBytes").GetInt64() / 1e6;
        var dataMb = rows * (double)BenchTable.LogicalRowBytes / 1e6;
        var peak = result.TryGetProperty("peakWorkingSet", out var ws) ? $"{ws.GetInt64() / 1e6,12:0}" : $"{"-",12}";
        var fileRate = name.EndsWith("project", StringComparison.Ordinal) ? "-" : (fileMb / seconds).ToString("0.0", CultureInfo.InvariantCulture);
        Console.WriteLine($"{name,-26}{seconds,9:0.00}{rows / seconds,14:N0}{fileRate,11}{dataMb / seconds,11:0.0}{peak}");
    }

    private static async Task<JsonElement> RunPhaseAsync(string phase, string path, long rows, string codec)
    {
        var start = new ProcessStartInfo(Environment.ProcessPath!) { RedirectStandardOutput = true };
        if (Path.GetFileNameWithoutExtension(Environment.ProcessPath) == "dotnet")
            start.ArgumentList.Add(typeof(ParquetBenchmark).Assembly.Location);
        foreach (var arg in new[] { "parquet-phase", phase, path, rows.ToString(CultureInfo.InvariantCulture), codec })
            start.ArgumentList.Add(arg);
        using var process = Process.Start(start)!;
        var output = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        if (process.ExitCode != 0)
            throw new InvalidOperationException($"phase {phase} failed: {output}");
        return JsonDocument.Parse(output).RootElement.Clone();
    }

    private static async Task<JsonElement?> RunDuckDbAsync(string folder, string ours, long rows, string codec)
    {
        var script = Path.Combine(Lineage.Testing.RepositoryRoot.Path, "tests", "interop", "bench", "parquet-duckdb.mjs");
        var start = new ProcessStartInfo("node") { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = Path.GetDirectoryName(script)! };
        foreach (var arg in new[] { script, Path.Combine(folder, "duckdb.parquet"), ours, rows.ToString(CultureInfo.InvariantCulture), codec })
            start.ArgumentList.Add(arg);
        try
        {
            using var process = Process.Start(start)!;
            var output = await process.StandardOutput.ReadToEndAsync();
            var error = await process.StandardError.ReadToEndAsync();
            await process.WaitForExitAsync();
            if (process.ExitCode == 0)
                return JsonDocument.Parse(output).RootElement.Clone();
            Console.WriteLine($"(DuckDB comparison skipped: {error.Trim()})");
        }
        catch (System.ComponentModel.Win32Exception e)
        {
            Console.WriteLine($"(DuckDB comparison skipped: {e.Message})");
        }
        return null;
    }

    private static string? Option(string[] args, string name)
    {
        var index = Array.IndexOf(args, name);
        return index >= 0 && index + 1 < args.Length ? args[index + 1] : null;
    }

}
