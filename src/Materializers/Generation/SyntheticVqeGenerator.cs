using Lineage.Materializers.Raw;

namespace Lineage.Materializers.Generation;

/// <summary>
/// Generates realistic raw VQE records, deterministically from <see cref="GeneratorOptions"/>: run <c>i</c> is drawn
/// from its own random stream of the seed, and about one run in twenty re-runs an experiment landed earlier the same day
/// (same molecule, basis and initial data, a fresh optimisation), as a real pipeline sometimes does.
/// </summary>
public sealed class SyntheticVqeGenerator
{
    public const double RerunChance = 0.05;

    /// <summary>How many of the day's experiments a re-run may pick from, bounding memory on large days.</summary>
    private const int RerunCandidates = 32;

    public SyntheticVqeGenerator(GeneratorOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        options.Validate();
        Options = options;
    }

    public GeneratorOptions Options { get; }

    /// <summary>The runs in counter order, produced one at a time as they are enumerated.</summary>
    public IEnumerable<GeneratedRun> Generate()
    {
        var schedule = new LandingSchedule(Options);
        var candidates = new List<(long Counter, ExperimentSetup Setup)>(RerunCandidates);
        var day = -1;
        for (long counter = 0; counter < Options.Count; counter++)
        {
            var random = RandomSource.ForStream(Options.Seed, counter);
            var name = new RawFileName(counter, schedule.LandingNanos(counter, random));
            if (schedule.DayOf(counter) != day)
            {
                day = schedule.DayOf(counter);
                candidates.Clear();
            }

            ExperimentSetup setup;
            long? rerunOf = null;
            if (candidates.Count > 0 && random.Chance(RerunChance))
                (rerunOf, setup) = random.Pick(candidates);
            else
            {
                setup = ExperimentDesigner.Design(random);
                if (candidates.Count == RerunCandidates)
                    candidates.RemoveAt(0);
                candidates.Add((counter, setup));
            }
            yield return new GeneratedRun(name, RunSynthesizer.Complete(setup, random, name.LandedAt), rerunOf);
        }
    }

    /// <summary>
    /// Writes every run to <c>{outDir}/experiment.vqe/{counter}-{unix_nano}.json</c>, creating folders as needed.
    /// Each file is written under a temporary name and then renamed, so an interrupted run leaves no partial file.
    /// </summary>
    public async Task<GenerationSummary> WriteAsync(string outDir, CancellationToken cancellationToken = default)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(outDir);
        var folder = RawLayout.TopicPath(Path.GetFullPath(outDir));
        Directory.CreateDirectory(folder);
        var days = Enumerable.Range(0, Options.Days).Select(d => Options.Start.AddDays(d)).ToDictionary(d => d, _ => (Files: 0, Bytes: 0L));
        var reruns = 0;
        foreach (var run in Generate())
        {
            cancellationToken.ThrowIfCancellationRequested();
            var bytes = await WriteFileAsync(folder, run, cancellationToken);
            var (files, total) = days[run.Name.LandedOn];
            days[run.Name.LandedOn] = (files + 1, total + bytes);
            if (run.IsRerun)
                reruns++;
        }
        return new GenerationSummary(
            folder,
            days.Values.Sum(d => d.Files),
            days.Values.Sum(d => d.Bytes),
            reruns,
            Options.Seed,
            days.OrderBy(d => d.Key).Select(d => new GenerationDay(d.Key, d.Value.Files, d.Value.Bytes)).ToList());
    }

    private static async Task<long> WriteFileAsync(string folder, GeneratedRun run, CancellationToken cancellationToken)
    {
        var target = Path.Combine(folder, run.Name.ToString());
        // A leading dot and a second extension keep readers that match {counter}-{unix_nano}.json off half-written files.
        var temporary = Path.Combine(folder, $".{run.Name}.tmp");
        try
        {
            long length;
            await using (var stream = new FileStream(temporary, FileMode.Create, FileAccess.Write, FileShare.None, 64 * 1024, useAsync: true))
            {
                await VqeRecordJsonWriter.WriteAsync(stream, run.Record, cancellationToken);
                length = stream.Length;
            }
            File.Move(temporary, target, overwrite: true);
            return length;
        }
        catch
        {
            File.Delete(temporary);
            throw;
        }
    }
}
