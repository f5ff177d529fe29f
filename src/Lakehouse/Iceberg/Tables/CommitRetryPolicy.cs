using System.Globalization;

namespace Lineage.Lakehouse.Iceberg.Tables;

/// <summary>
/// How often and how patiently a commit retries after losing the race, from the table properties Iceberg uses
/// (<c>commit.retry.num-retries</c>, <c>commit.retry.min-wait-ms</c>, <c>commit.retry.max-wait-ms</c>): exponential
/// backoff with jitter so that competing writers spread out.
/// </summary>
internal sealed record CommitRetryPolicy(int Attempts, int MinWaitMs, int MaxWaitMs)
{
    public static CommitRetryPolicy From(IReadOnlyDictionary<string, string> properties) => new(
        Int(properties, "commit.retry.num-retries", 10) + 1,
        Int(properties, "commit.retry.min-wait-ms", 20),
        Int(properties, "commit.retry.max-wait-ms", 2000));

    public TimeSpan DelayAfter(int attempt)
    {
        var ceiling = Math.Min(MaxWaitMs, MinWaitMs * Math.Pow(2, Math.Min(attempt - 1, 20)));
        return TimeSpan.FromMilliseconds(ceiling * (0.5 + Random.Shared.NextDouble()));
    }

    private static int Int(IReadOnlyDictionary<string, string> properties, string name, int fallback) =>
        properties.TryGetValue(name, out var text) && int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value)
            ? value
            : fallback;
}
