using System.Text.Json;
using Lineage.Materializers.Generation;
using Lineage.Materializers.Raw;

namespace Lineage.Materializers.Tests.Generation;

public class SyntheticVqeGeneratorTests
{
    private static readonly DateOnly Start = new(2026, 11, 18);

    private static GeneratorOptions Options(int count = 60, int days = 3, long seed = 42) =>
        new() { Count = count, Days = days, Start = Start, Seed = seed };

    [Fact]
    public async Task Same_options_write_byte_identical_files()
    {
        using var first = new TemporaryFolder();
        using var second = new TemporaryFolder();

        await new SyntheticVqeGenerator(Options()).WriteAsync(first.Path);
        await new SyntheticVqeGenerator(Options()).WriteAsync(second.Path);

        var a = Snapshot(first.Path);
        var b = Snapshot(second.Path);
        Assert.Equal(60, a.Count);
        Assert.Equal(a.Keys, b.Keys);
        Assert.All(a, file => Assert.Equal(file.Value, b[file.Key]));
    }

    [Fact]
    public async Task Different_seeds_give_different_files()
    {
        using var first = new TemporaryFolder();
        using var second = new TemporaryFolder();

        await new SyntheticVqeGenerator(Options(count: 5, seed: 1)).WriteAsync(first.Path);
        await new SyntheticVqeGenerator(Options(count: 5, seed: 2)).WriteAsync(second.Path);

        Assert.NotEqual(Snapshot(first.Path).Keys, Snapshot(second.Path).Keys);
    }

    [Fact]
    public void Counters_run_from_zero_and_landing_times_strictly_increase()
    {
        var names = new SyntheticVqeGenerator(Options(count: 200, days: 4)).Generate().Select(r => r.Name).ToList();

        Assert.Equal(Enumerable.Range(0, 200).Select(i => (long)i), names.Select(n => n.Counter));
        Assert.All(names.Zip(names.Skip(1)), pair => Assert.True(pair.First.UnixNanos < pair.Second.UnixNanos));
    }

    [Theory]
    [InlineData(60, 3)]
    [InlineData(7, 3)]
    [InlineData(3, 3)]
    [InlineData(400, 30)]
    public void Every_day_of_the_range_gets_files(int count, int days)
    {
        var perDay = new SyntheticVqeGenerator(Options(count, days)).Generate()
            .GroupBy(r => r.Name.LandedOn).ToDictionary(g => g.Key, g => g.Count());

        Assert.Equal(Enumerable.Range(0, days).Select(d => Start.AddDays(d)), perDay.Keys.Order());
        Assert.True(perDay.Values.Max() - perDay.Values.Min() <= 1, "runs are spread evenly over the days");
    }

    [Fact]
    public async Task Written_file_names_carry_their_landing_day_and_the_summary_counts_them()
    {
        using var folder = new TemporaryFolder();

        var summary = await new SyntheticVqeGenerator(Options(count: 30, days: 3)).WriteAsync(folder.Path);

        var topic = Path.Combine(folder.Path, "experiment.vqe");
        var files = Directory.GetFiles(topic).Select(Path.GetFileName).ToList();
        Assert.Equal(Path.GetFullPath(topic), summary.Folder);
        Assert.Equal(30, files.Count);
        Assert.All(files, f => Assert.True(RawFileName.TryParse(f, out _), $"{f} is a raw file name"));
        var names = files.Select(f => RawFileName.Parse(f!)).ToList();
        Assert.Equal(
            summary.Days.Select(d => (d.Date, d.Files)),
            names.GroupBy(n => n.LandedOn).OrderBy(g => g.Key).Select(g => (g.Key, g.Count())));
        Assert.Equal(new DirectoryInfo(topic).GetFiles().Sum(f => f.Length), summary.Bytes);
        Assert.Equal(summary.Days.Sum(d => d.Bytes), summary.Bytes);
        Assert.Equal(42, summary.Seed);
    }

    [Fact]
    public async Task Written_files_are_the_generated_records()
    {
        using var folder = new TemporaryFolder();
        var generator = new SyntheticVqeGenerator(Options(count: 4, days: 1));

        await generator.WriteAsync(folder.Path);

        foreach (var run in generator.Generate())
        {
            using var document = JsonDocument.Parse(File.ReadAllBytes(Path.Combine(folder.Path, "experiment.vqe", run.Name.ToString())));
            var result = document.RootElement.GetProperty("vqe_result");
            Assert.Equal(run.Record.VqeResult.Minimum, result.GetProperty("minimum").GetDouble());
            Assert.Equal(run.Record.VqeResult.IterationList.Count, result.GetProperty("iteration_list").GetArrayLength());
            Assert.Equal(run.Record.BasisSet, document.RootElement.GetProperty("basis_set").GetString());
        }
    }

    [Fact]
    public async Task Days_without_runs_are_listed_with_zero_files()
    {
        using var folder = new TemporaryFolder();

        var summary = await new SyntheticVqeGenerator(Options(count: 2, days: 5)).WriteAsync(folder.Path);

        Assert.Equal(5, summary.Days.Count);
        Assert.Equal(2, summary.Files);
        Assert.Equal(3, summary.Days.Count(d => d.Files == 0 && d.Bytes == 0));
    }

    [Fact]
    public async Task Writing_leaves_no_temporary_files()
    {
        using var folder = new TemporaryFolder();

        await new SyntheticVqeGenerator(Options(count: 10, days: 1)).WriteAsync(folder.Path);

        Assert.Empty(Directory.GetFiles(folder.Path, "*.tmp", SearchOption.AllDirectories));
        Assert.Equal(10, Directory.GetFiles(folder.Path, "*", SearchOption.AllDirectories).Length);
    }

    [Fact]
    public async Task A_cancelled_write_stops_before_writing_files()
    {
        using var folder = new TemporaryFolder();
        using var cancellation = new CancellationTokenSource();
        await cancellation.CancelAsync();

        await Assert.ThrowsAnyAsync<OperationCanceledException>(
            () => new SyntheticVqeGenerator(Options()).WriteAsync(folder.Path, cancellation.Token));

        Assert.Empty(Directory.GetFiles(folder.Path, "*", SearchOption.AllDirectories));
    }

    [Fact]
    public void Runs_stream_one_at_a_time()
    {
        var first = new SyntheticVqeGenerator(Options(count: GeneratorOptions.MaxCount, days: 1)).Generate().Take(3).ToList();

        Assert.Equal([0L, 1L, 2L], first.Select(r => r.Name.Counter));
    }

    [Fact]
    public void Some_runs_repeat_an_earlier_experiment_of_the_same_day()
    {
        var runs = new SyntheticVqeGenerator(Options(count: 600, days: 3, seed: 5)).Generate().ToList();
        var reruns = runs.Where(r => r.IsRerun).ToList();

        Assert.InRange(reruns.Count, 10, 60);
        Assert.All(reruns, rerun =>
        {
            var original = runs[(int)rerun.RerunOf!.Value];
            Assert.False(original.IsRerun);
            Assert.True(original.Name.Counter < rerun.Name.Counter);
            Assert.Equal(original.Name.PartitionKey, rerun.Name.PartitionKey);
            Assert.Equal(original.Record.MoleculeId, rerun.Record.MoleculeId);
            Assert.Equal(original.Record.BasisSet, rerun.Record.BasisSet);
            Assert.Equal(original.Record.Molecule, rerun.Record.Molecule);
            Assert.Equal(original.Record.VqeResult.InitialData, rerun.Record.VqeResult.InitialData);
            Assert.NotEqual(
                original.Record.VqeResult.IterationList.Select(i => i.Result),
                rerun.Record.VqeResult.IterationList.Select(i => i.Result));
        });
    }

    [Theory]
    [InlineData(0, 3, 2026)]
    [InlineData(1_000_001, 3, 2026)]
    [InlineData(60, 0, 2026)]
    [InlineData(60, 3651, 2026)]
    [InlineData(60, 3, 1969)]
    [InlineData(60, 3, 2262)]
    public void Refuses_options_out_of_range(int count, int days, int year)
    {
        var options = new GeneratorOptions { Count = count, Days = days, Start = new DateOnly(year, 11, 18) };

        Assert.Throws<ArgumentOutOfRangeException>(() => new SyntheticVqeGenerator(options));
    }

    private static SortedDictionary<string, byte[]> Snapshot(string root)
    {
        var topic = Path.Combine(root, "experiment.vqe");
        return new SortedDictionary<string, byte[]>(
            Directory.GetFiles(topic).ToDictionary(f => Path.GetFileName(f), File.ReadAllBytes),
            StringComparer.Ordinal);
    }
}
