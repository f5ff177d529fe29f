using System.Text.Json.Nodes;
using Lineage.Assets.Keys;
using Lineage.Assets.Partitions;
using Lineage.Assets.Specs;

namespace Lineage.Materializers.Checks;

/// <summary>The evaluators of the checks the quantum assets declare, and their evaluation into check results.</summary>
public static class CheckEvaluators
{
    /// <summary>Checks every table declares on its key, evaluated the same way for each table.</summary>
    private static readonly Dictionary<string, Func<AssetSpec, IAssetCheckEvaluator>> KeyChecks = new(StringComparer.Ordinal)
    {
        [KeysNotNullCheck.Name] = spec => new KeysNotNullCheck(spec),
        [KeysUniqueCheck.Name] = spec => new KeysUniqueCheck(spec),
    };

    /// <summary>Checks particular to one asset.</summary>
    private static readonly Dictionary<(AssetKey Asset, string Check), Func<IAssetCheckEvaluator>> AssetChecks = Index(
        () => new RawFilesValidCheck(),
        () => new ExperimentsCompleteCheck(),
        () => new IterationRowsMatchStepsCheck(),
        () => new RowCountConsistentCheck(),
        () => new CumulativeMinNonIncreasingCheck(),
        () => new RequiredFieldsPresentCheck(),
        () => new FanOutGuardCheck(),
        () => new RelativeIterationInRangeCheck(),
        () => new OneRowPerExperimentCheck());

    /// <summary>
    /// The evaluators of the spec's declared checks, one per check, in declaration order. Throws
    /// <see cref="CheckEvaluatorNotFoundException"/> naming the asset and check when one has no evaluator.
    /// </summary>
    public static IReadOnlyList<IAssetCheckEvaluator> For(AssetSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return spec.Checks.Select(check =>
                AssetChecks.TryGetValue((check.Asset, check.Name), out var create) ? create()
                : KeyChecks.TryGetValue(check.Name, out var createKeyCheck) && check.Asset == spec.Key && spec.KeyColumns.Count > 0
                    ? createKeyCheck(spec)
                    : throw new CheckEvaluatorNotFoundException(check.Asset, check.Name, Known(spec, check.Asset)))
            .ToList();
    }

    /// <summary>
    /// Evaluates the spec's checks (several at once on a machine with several cores) and wraps each outcome as a <see cref="CheckResult"/> for the
    /// partition. An evaluator that throws gives a failed result saying the check could not be evaluated and why;
    /// the remaining checks still run. Cancellation is not turned into a result: it propagates.
    /// </summary>
    public static async Task<IReadOnlyList<CheckResult>> EvaluateAsync(
        AssetSpec spec, CheckContext context, TimeProvider clock, CancellationToken ct) =>
        (await EvaluateAsync([spec], context, clock, ct))[0];

    /// <summary>
    /// Evaluates the checks of several assets of one partition as one set of work, in the order given (put the
    /// largest tables first), as many at once as the machine has cores; returns each spec's results in its order.
    /// </summary>
    public static async Task<IReadOnlyList<IReadOnlyList<CheckResult>>> EvaluateAsync(
        IReadOnlyList<AssetSpec> specs, CheckContext context, TimeProvider clock, CancellationToken ct)
    {
        ArgumentNullException.ThrowIfNull(specs);
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(clock);
        var evaluators = specs.Select(For).ToList();
        var partition = DailyPartitions.FormatKey(context.Partition);
        // Checks only read, each its own scan: on several cores they run side by side (a large table's scans overlap).
        var outcomes = evaluators.Select(e => new CheckOutcome[e.Count]).ToList();
        var work = evaluators.SelectMany((e, s) => Enumerable.Range(0, e.Count).Select(c => (Spec: s, Check: c))).ToList();
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = Environment.ProcessorCount, CancellationToken = ct };
        await Parallel.ForEachAsync(work, parallel,
            async (item, token) => outcomes[item.Spec][item.Check] = await EvaluateOneAsync(evaluators[item.Spec][item.Check], context, token));
        var evaluatedAt = clock.GetUtcNow();
        return [.. specs.Select((spec, s) => (IReadOnlyList<CheckResult>)[.. outcomes[s].Select((outcome, c) => CheckResult.From(spec.Checks[c], partition, outcome, evaluatedAt))])];
    }

    private static async Task<CheckOutcome> EvaluateOneAsync(IAssetCheckEvaluator evaluator, CheckContext context, CancellationToken ct)
    {
        try
        {
            return await evaluator.EvaluateAsync(context, ct);
        }
        catch (Exception error) when (!(error is OperationCanceledException && ct.IsCancellationRequested))
        {
            return CheckOutcome.Fail(
                $"The check could not be evaluated: {error.Message}",
                new JsonObject { ["error_type"] = error.GetType().Name, ["error"] = error.Message });
        }
    }

    private static IEnumerable<string> Known(AssetSpec spec, AssetKey asset) =>
        AssetChecks.Keys.Where(k => k.Asset == asset).Select(k => k.Check)
            .Concat(asset == spec.Key && spec.KeyColumns.Count > 0 ? KeyChecks.Keys : []);

    private static Dictionary<(AssetKey, string), Func<IAssetCheckEvaluator>> Index(params Func<IAssetCheckEvaluator>[] factories) =>
        factories.ToDictionary(create => { var sample = create(); return (sample.Asset, sample.CheckName); });
}
