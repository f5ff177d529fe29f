using Lineage.Assets.Keys;
using Lineage.Assets.Quantum;
using Lineage.Workbench.Catalog;

namespace Lineage.Workbench.Orchestration.Execution;

/// <summary>
/// Retry and timeout policy per asset. Defaults follow the pipeline Lineage replaces: base tables 3 retries from
/// 20 min and a 2 h timeout, the other assets 2 retries from 15 min and 1 h; delays double up to 1 h. Configuration
/// <c>Lineage:Jobs:Policies:&lt;asset key or group&gt;</c> (<c>Retries</c>, <c>RetryDelay</c>, <c>MaxRetryDelay</c>,
/// <c>Timeout</c>) overrides them: the asset key (or name) before its group, and <c>Lineage:Jobs:Policies:*</c> for all.
/// </summary>
public sealed class ExecutionPolicies(IConfiguration configuration, AssetCatalog catalog)
{
    public const string Section = "Lineage:Jobs:Policies";

    public static ExecutionPolicy BaseDefault { get; } = new(3, TimeSpan.FromMinutes(20), TimeSpan.FromHours(1), TimeSpan.FromHours(2));

    public static ExecutionPolicy DerivedDefault { get; } = new(2, TimeSpan.FromMinutes(15), TimeSpan.FromHours(1), TimeSpan.FromHours(1));

    public ExecutionPolicy For(AssetKey asset)
    {
        var policy = asset == QuantumAssetKeys.RawVqeResults || QuantumAssetKeys.BaseTables.Contains(asset) ? BaseDefault : DerivedDefault;
        var group = catalog.Graph.TryGet(asset, out var spec) ? spec.Group : null;
        foreach (var name in new[] { "*", group, asset.Name, asset.Value })
            if (name is not null)
                policy = Override(policy, configuration.GetSection($"{Section}:{name}"));
        return policy;
    }

    public ExecutionPolicy For(IEnumerable<AssetKey> assets) => ExecutionPolicy.Combine(assets.Select(For));

    private static ExecutionPolicy Override(ExecutionPolicy policy, IConfigurationSection section) =>
        !section.Exists() ? policy : new ExecutionPolicy(
            section.GetValue(nameof(ExecutionPolicy.Retries), policy.Retries),
            section.GetValue(nameof(ExecutionPolicy.RetryDelay), policy.RetryDelay),
            section.GetValue(nameof(ExecutionPolicy.MaxRetryDelay), policy.MaxRetryDelay),
            section.GetValue(nameof(ExecutionPolicy.Timeout), policy.Timeout));
}
