using Lineage.Assets.Graph;
using Lineage.Assets.Keys;
using Lineage.Assets.Quantum;
using Lineage.Assets.Specs;

namespace Lineage.Workbench.Orchestration.Freshness;

/// <summary>
/// The maximum lag of every asset that Lineage materializes. Built-in defaults: 45 minutes for the ML tables,
/// 1 h 30 min for the base tables (and anything else). <c>Lineage:Freshness:&lt;group&gt;</c> overrides a group's
/// assets and <c>Lineage:Freshness:&lt;asset key or unique name&gt;</c> one asset; the asset setting wins. Source assets
/// are observed, not materialized, and have no policy.
/// </summary>
public sealed class FreshnessPolicies
{
    public static readonly TimeSpan BaseTablesMaxLag = TimeSpan.FromMinutes(90);
    public static readonly TimeSpan MlTablesMaxLag = TimeSpan.FromMinutes(45);

    private static readonly string[] ReservedSettings = [FreshnessOptions.WindowDaysSetting, FreshnessOptions.CheckIntervalSetting];

    private readonly IReadOnlyDictionary<AssetKey, TimeSpan> _maxLags;

    private FreshnessPolicies(AssetGraph graph, IReadOnlyDictionary<AssetKey, TimeSpan> maxLags)
    {
        _maxLags = maxLags;
        Assets = graph.TopologicalOrder.Where(maxLags.ContainsKey).ToList();
    }

    /// <summary>The assets with a policy, upstream before downstream.</summary>
    public IReadOnlyList<AssetKey> Assets { get; }

    /// <summary>The maximum lag of <paramref name="asset"/>; null for a source asset or an asset outside the graph.</summary>
    public TimeSpan? MaxLag(AssetKey asset) => _maxLags.TryGetValue(asset, out var lag) ? lag : null;

    public static FreshnessPolicies From(AssetGraph graph, IConfiguration configuration)
    {
        var groups = new Dictionary<string, TimeSpan>(StringComparer.Ordinal);
        var assets = new Dictionary<AssetKey, TimeSpan>();
        foreach (var setting in configuration.GetSection(FreshnessOptions.Section).GetChildren())
        {
            if (ReservedSettings.Contains(setting.Key, StringComparer.OrdinalIgnoreCase) || setting.Value is null)
                continue;
            var maxLag = FreshnessOptions.ParsePositiveSpan(setting.Key, setting.Value);
            if (graph.Groups.Contains(setting.Key, StringComparer.Ordinal))
                groups[setting.Key] = maxLag;
            else
                assets[ResolveAsset(graph, setting.Key)] = maxLag;
        }

        var maxLags = new Dictionary<AssetKey, TimeSpan>();
        foreach (var spec in graph.Specs.Where(s => !s.IsSource))
            maxLags[spec.Key] = assets.TryGetValue(spec.Key, out var byKey) ? byKey
                : groups.TryGetValue(spec.Group, out var byGroup) ? byGroup
                : DefaultMaxLag(spec.Key);
        return new FreshnessPolicies(graph, maxLags);
    }

    /// <summary>The built-in maximum lag: the ML tables are expected within 45 minutes, everything else within 1 h 30 min.</summary>
    public static TimeSpan DefaultMaxLag(AssetKey asset) =>
        asset == QuantumAssetKeys.MlIterationFeatures || asset == QuantumAssetKeys.MlRunSummary ? MlTablesMaxLag : BaseTablesMaxLag;

    private static AssetKey ResolveAsset(AssetGraph graph, string setting)
    {
        AssetSpec spec;
        try
        {
            spec = graph.Resolve(setting);
        }
        catch (UnknownAssetException e)
        {
            throw new FreshnessConfigurationException(
                $"{FreshnessOptions.Section}:{setting} names neither an asset nor a group ({string.Join(", ", graph.Groups)}). {e.Message}");
        }
        return spec.IsSource
            ? throw new FreshnessConfigurationException(
                $"{FreshnessOptions.Section}:{setting}: '{spec.Key}' is a source asset; it is observed, not materialized, and has no maximum lag. Remove the setting.")
            : spec.Key;
    }
}
