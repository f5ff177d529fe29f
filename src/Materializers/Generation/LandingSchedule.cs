namespace Lineage.Materializers.Generation;

/// <summary>
/// When run <c>i</c> lands: runs are split evenly over the days in order (run i on day ⌊i·Days/Count⌋), and each day's
/// share gets equal slots with a random moment inside each slot, so landing times strictly increase.
/// </summary>
internal sealed class LandingSchedule(GeneratorOptions options)
{
    private const long NanosPerDay = 86_400L * 1_000_000_000L;

    private readonly long _firstDayNanos = (options.Start.DayNumber - GeneratorOptions.EarliestStart.DayNumber) * NanosPerDay;

    public int DayOf(long run) => (int)(run * options.Days / options.Count);

    public long LandingNanos(long run, RandomSource random)
    {
        var day = DayOf(run);
        var first = FirstRunOf(day);
        var slot = NanosPerDay / (FirstRunOf(day + 1) - first);
        var offset = (run - first) * slot + (long)(random.NextDouble() * 0.9 * slot);
        return _firstDayNanos + day * NanosPerDay + offset;
    }

    private long FirstRunOf(int day) => ((long)day * options.Count + options.Days - 1) / options.Days;
}
