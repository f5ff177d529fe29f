using Lineage.Assets.Keys;
using Lineage.Materializers.Checks;
using Lineage.Materializers.Tests.Support;

namespace Lineage.Materializers.Tests.Checks;

/// <summary>Evaluates an asset's declared checks over in-memory tables and facts, on a fixed partition and clock.</summary>
internal sealed class CheckHarness
{
    public static readonly DateOnly Partition = new(2026, 3, 5);

    public static readonly DateTimeOffset Now = new(2026, 3, 6, 1, 2, 3, TimeSpan.Zero);

    public InMemoryPartitionReader Tables { get; } = new();

    public MaterializationFacts Facts { get; } = new();

    public CheckHarness Add(AssetKey table, params IReadOnlyList<Dictionary<string, object?>> rows)
    {
        Tables.Add(table, Partition, CheckTableRows.Batch(table, rows));
        return this;
    }

    public async Task<IReadOnlyList<CheckResult>> EvaluateAllAsync(AssetKey asset) =>
        await CheckEvaluators.EvaluateAsync(
            CheckTableRows.Spec(asset), new CheckContext(Partition, Tables, Facts), new FixedClock(Now), CancellationToken.None);

    public async Task<CheckResult> EvaluateAsync(AssetKey asset, string check) =>
        (await EvaluateAllAsync(asset)).Single(r => r.CheckName == check);

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
