using System.Globalization;
using Lineage.Assets.Partitions;
using Lineage.Materializers.Generation;

namespace Lineage.Workbench.Cli.Verbs;

/// <summary><c>lineage generate</c>: writes deterministic synthetic raw VQE files for trying the pipeline.</summary>
public sealed class GenerateVerb(TimeProvider? clock = null) : ICliVerb
{
    private const int DefaultCount = 60;
    private const int DefaultDays = 3;
    private const long DefaultSeed = 42;

    private readonly TimeProvider _clock = clock ?? TimeProvider.System;

    public IReadOnlyList<string> Words { get; } = ["generate"];

    public string Usage => "generate --out DIR [--count N] [--days D] [--start YYYY-MM-DD] [--seed S]";

    public string Summary => "write synthetic raw VQE files (the same options give the same files)";

    public async Task<int> RunAsync(CliArguments arguments, CliContext context, CancellationToken cancellationToken)
    {
        var options = ReadOptions(arguments);
        var outDir = arguments.Require("out");
        arguments.EnsureAllUsed();

        var summary = await new SyntheticVqeGenerator(options).WriteAsync(outDir, cancellationToken);
        if (context.Json)
            context.WriteJson(summary);
        else
            WriteHuman(context.Out, summary);
        return 0;
    }

    private GeneratorOptions ReadOptions(CliArguments arguments)
    {
        var count = arguments.GetInt("count", DefaultCount, 1, GeneratorOptions.MaxCount);
        var days = arguments.GetInt("days", DefaultDays, 1, GeneratorOptions.MaxDays);
        var seed = ReadSeed(arguments);
        var start = arguments.GetDate("start")
                    ?? DateOnly.FromDateTime(_clock.GetUtcNow().UtcDateTime).AddDays(-(days - 1));
        if (start < GeneratorOptions.EarliestStart || start.DayNumber + days > GeneratorOptions.LatestEnd.DayNumber)
            throw new CliUsageException(
                $"Option --start must be a date from {DailyPartitions.FormatKey(GeneratorOptions.EarliestStart)} whose {days} day(s) " +
                $"end before {DailyPartitions.FormatKey(GeneratorOptions.LatestEnd)}, not '{DailyPartitions.FormatKey(start)}'.");
        return new GeneratorOptions { Count = count, Days = days, Start = start, Seed = seed };
    }

    private static long ReadSeed(CliArguments arguments)
    {
        var text = arguments.Get("seed");
        if (text is null) return DefaultSeed;
        return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var seed)
            ? seed
            : throw new CliUsageException($"Option --seed must be a whole number, not '{text}'.");
    }

    private static void WriteHuman(TextWriter output, GenerationSummary summary)
    {
        output.WriteLine(string.Create(CultureInfo.InvariantCulture,
            $"Wrote {summary.Files} raw VQE files ({summary.Bytes:N0} bytes, seed {summary.Seed}) to {summary.Folder}"));
        foreach (var day in summary.Days)
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {DailyPartitions.FormatKey(day.Date)}  {day.Files,7} files  {day.Bytes,13:N0} bytes"));
        if (summary.Reruns > 0)
            output.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"  {summary.Reruns} of them re-run an experiment landed earlier the same day."));
    }
}
