using Lineage.Assets.Graph;
using Lineage.Workbench.Storage;

namespace Lineage.Workbench.Orchestration.Freshness;

/// <summary>
/// Evaluates how far each materialized asset trails its upstream, from the catalog tables <c>materializations</c>
/// and <c>source_observations</c>.
/// <para>
/// An upstream record is unreflected in an asset partition when an upstream materialization was committed (or, for
/// a source parent, an observation with a different data version than the one read was recorded) after the asset
/// partition's latest materialization started, or when the asset partition was never materialized while the upstream
/// partition has data. The lag of the asset is now − the earliest unreflected upstream record, over its partitions of
/// the last <see cref="FreshnessOptions.WindowDays"/> days; zero when everything upstream is reflected. The asset is
/// overdue when its lag exceeds its maximum lag (<see cref="FreshnessPolicies"/>).
/// </para>
/// </summary>
public sealed class FreshnessService
{
    private readonly AssetGraph _graph;
    private readonly FreshnessPolicies _policies;
    private readonly FreshnessOptions _options;
    private readonly TimeProvider _clock;
    private readonly FreshnessFactsReader _reader;

    public FreshnessService(
        CatalogDbContextFactory contexts, AssetGraph graph, FreshnessPolicies policies, FreshnessOptions options, TimeProvider clock)
    {
        _graph = graph;
        _policies = policies;
        _options = options;
        _clock = clock;
        _reader = new FreshnessFactsReader(contexts, graph);
    }

    /// <summary>The freshness of every asset with a policy, upstream before downstream.</summary>
    public async Task<IReadOnlyList<AssetFreshness>> EvaluateAsync(CancellationToken cancellationToken)
    {
        var now = _clock.GetUtcNow();
        var facts = await _reader.ReadAsync(_policies.Assets, now, _options.WindowDays, cancellationToken);
        return _policies.Assets.Select(asset =>
        {
            var maxLag = _policies.MaxLag(asset)!.Value;
            var oldest = UnreflectedUpstream.Oldest(asset, _graph.Parents(asset), facts);
            var lag = oldest is null || oldest.RecordedAt >= now ? TimeSpan.Zero : now - oldest.RecordedAt;
            return new AssetFreshness(asset, maxLag, lag, lag > maxLag, oldest?.RecordedAt, oldest?.Partition);
        }).ToList();
    }
}
