using Lineage.Materializers.Generation;
using Lineage.Materializers.Raw;

namespace Lineage.Bench;

/// <summary>
/// One valid raw file of about a given size: a generated run whose iteration list is repeated (renumbered, with its
/// deltas and cumulative minimum kept consistent) until the file reaches the size. Real runs this long are rare;
/// the file measures whether memory grows with the size of one file.
/// </summary>
internal static class LargeRawFile
{
    public static async Task<long> WriteAsync(string raw, DateOnly day, long bytes)
    {
        var seedFolder = Directory.CreateTempSubdirectory("lineage-bench-seed-").FullName;
        try
        {
            await new SyntheticVqeGenerator(new GeneratorOptions { Count = 1, Days = 1, Start = day }).WriteAsync(seedFolder);
            var seedFile = Directory.GetFiles(Path.Combine(seedFolder, RawLayout.TopicFolder)).Single();
            var decoded = VqeRecordReader.Read(await File.ReadAllBytesAsync(seedFile), Path.GetFileName(seedFile));
            var record = decoded.Record ?? throw new InvalidOperationException($"the generated file does not read back: {decoded.Error}");
            var target = Path.Combine(Directory.CreateDirectory(Path.Combine(raw, RawLayout.TopicFolder)).FullName, Path.GetFileName(seedFile));
            var count = record.VqeResult.IterationList.Count;
            var written = new FileInfo(seedFile).Length;
            // The rest of the record is a fixed cost, so the size per iteration is estimated again after each write.
            for (var attempt = 0; attempt < 3 && written < bytes; attempt++)
            {
                count = (int)Math.Ceiling(count * (double)bytes / written);
                var iterations = Repeat(record.VqeResult.IterationList, count);
                var large = record with { VqeResult = record.VqeResult with { IterationList = iterations, Nfev = iterations.Count } };
                await using (var stream = File.Create(target))
                    await VqeRecordJsonWriter.WriteAsync(stream, large);
                written = new FileInfo(target).Length;
            }
            return written;
        }
        finally
        {
            Directory.Delete(seedFolder, recursive: true);
        }
    }

    private static List<VqeIteration> Repeat(IReadOnlyList<VqeIteration> pattern, int count)
    {
        var iterations = new List<VqeIteration>(count);
        double? minimum = null;
        for (var i = 0; i < count; i++)
        {
            var source = pattern[i % pattern.Count];
            var previous = i == 0 ? null : iterations[i - 1];
            minimum = minimum is { } m ? Math.Min(m, source.Result) : source.Result;
            iterations.Add(source with
            {
                Iteration = i + 1,
                EnergyDelta = previous is null ? null : source.Result - previous.Result,
                CumulativeMinEnergy = minimum,
            });
        }
        return iterations;
    }
}
