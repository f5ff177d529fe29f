using System.Diagnostics;
using System.Text.Json;
using Lineage.Lakehouse.Parquet;

namespace Lineage.Bench;

/// <summary>One measured phase in its own process, so that its peak working set is its own. Prints one JSON line.</summary>
internal static class ParquetPhase
{
    public static async Task<int> RunAsync(string[] args)
    {
        var (phase, path, rows, codec) = (args[0], args[1], long.Parse(args[2]), Enum.Parse<ParquetCodec>(args[3], ignoreCase: true));
        var clock = new Stopwatch();
        long readRows = 0;
        switch (phase)
        {
            case "write":
                await using (var stream = new FileStream(path, FileMode.Create, FileAccess.Write, FileShare.None, 1 << 20))
                await using (var writer = await ArrowParquetWriter.CreateAsync(stream, BenchTable.Schema, new ArrowParquetWriterOptions { Codec = codec }))
                {
                    for (long first = 0; first < rows; first += BenchTable.BatchRows)
                    {
                        var batch = BenchTable.Batch(first, (int)Math.Min(BenchTable.BatchRows, rows - first));
                        clock.Start();
                        await writer.WriteAsync(batch);
                        clock.Stop();
                    }
                    clock.Start();
                    await writer.FinishAsync();
                    clock.Stop();
                }
                readRows = rows;
                break;
            case "read":
            case "project":
                clock.Start();
                await using (var reader = await ArrowParquetReader.OpenAsync(File.OpenRead(path), path))
                {
                    var request = new ParquetReadRequest { Columns = phase == "project" ? ["value"] : null };
                    await foreach (var batch in reader.ReadAsync(request))
                        readRows += batch.Length;
                }
                clock.Stop();
                break;
        }
        using var process = Process.GetCurrentProcess();
        process.Refresh();
        Console.WriteLine(JsonSerializer.Serialize(new
        {
            phase,
            rows = readRows,
            seconds = clock.Elapsed.TotalSeconds,
            fileBytes = new FileInfo(path).Length,
            peakWorkingSet = process.PeakWorkingSet64,
        }));
        return 0;
    }
}
