using Lineage.Assets.Keys;
using Lineage.Assets.Staleness;
using static Lineage.Assets.Tests.Support.TestSpecs;

namespace Lineage.Assets.Tests.Staleness;

/// <summary>Terse builders for materialization facts and source observations.</summary>
internal static class StalenessFacts
{
    public const string Day = "2026-11-20";

    public static DataVersion V(string value) => new(value);

    /// <summary>A fact made by code <c>v1</c> from upstream versions written <c>("asset", "version")</c>.</summary>
    public static MaterializationFact Made(
        string asset, string version, params (string Asset, string Version)[] consumed) =>
        Made(asset, Day, version, "v1", consumed);

    public static MaterializationFact Made(
        string asset, string partition, string version, string? codeVersion, params (string Asset, string Version)[] consumed) =>
        new(Key(asset), partition, V(version), codeVersion,
            consumed.ToDictionary(c => Key(c.Asset), c => V(c.Version)));

    public static SourceObservation Seen(string asset, string version, string partition = Day) =>
        new(Key(asset), partition, V(version));

    public static IReadOnlyList<StaleCauseKind> Kinds(AssetPartitionStatus status) =>
        status.Causes.Select(c => c.Kind).ToList();

    public static AssetKey[] KeysOf(params string[] keys) => [.. keys.Select(Key)];
}
