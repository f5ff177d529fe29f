namespace Lineage.Lakehouse.Iceberg.Tables;

/// <summary>A commit lost the race for the next metadata version on every attempt.</summary>
public sealed class CommitFailedException(string location, int attempts)
    : Exception($"the commit to the Iceberg table at {location} failed after {attempts} attempts: other writers committed first each time; retry later or raise commit.retry.num-retries")
{
    public string Location { get; } = location;

    public int Attempts { get; } = attempts;
}
