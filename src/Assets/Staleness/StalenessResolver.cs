using Lineage.Assets.Graph;
using Lineage.Assets.Keys;
using Lineage.Assets.Specs;

namespace Lineage.Assets.Staleness;

/// <summary>
/// Decides, from the specs and the latest facts handed in, whether each asset partition is missing, stale or fresh.
/// Partitions map by identity: partition P of an asset consumes partition P of each dependency.
/// Each asset partition is evaluated once, parents before children, so deep graphs need no recursion.
/// When several facts are given for one asset partition, the last one wins; facts about unknown assets are ignored.
/// </summary>
public sealed class StalenessResolver
{
    private readonly AssetGraph _graph;
    private readonly Dictionary<(AssetKey Asset, string Partition), MaterializationFact> _materializations = [];
    private readonly Dictionary<(AssetKey Asset, string Partition), DataVersion> _observations = [];
    private readonly Dictionary<(AssetKey Asset, string Partition), AssetPartitionStatus> _statuses = [];

    public StalenessResolver(
        AssetGraph graph,
        IEnumerable<MaterializationFact> latestMaterializations,
        IEnumerable<SourceObservation> latestObservations)
    {
        ArgumentNullException.ThrowIfNull(graph);
        ArgumentNullException.ThrowIfNull(latestMaterializations);
        ArgumentNullException.ThrowIfNull(latestObservations);
        _graph = graph;
        foreach (var fact in latestMaterializations)
            _materializations[(fact.Asset, fact.PartitionKey)] = fact;
        foreach (var observation in latestObservations)
            _observations[(observation.Asset, observation.PartitionKey)] = observation.DataVersion;
    }

    public AssetPartitionStatus GetStatus(AssetKey asset, string partitionKey)
    {
        ArgumentNullException.ThrowIfNull(partitionKey);
        if (_statuses.TryGetValue((asset, partitionKey), out var known))
            return known;
        Evaluate(_graph.WithUpstream([asset]), partitionKey);
        return _statuses[(asset, partitionKey)];
    }

    /// <summary>The status of every asset × partition pair, asset by asset in the order given.</summary>
    public IReadOnlyList<AssetPartitionStatus> GetStatuses(IEnumerable<AssetKey> assets, IEnumerable<string> partitionKeys)
    {
        ArgumentNullException.ThrowIfNull(assets);
        ArgumentNullException.ThrowIfNull(partitionKeys);
        var assetList = assets.Distinct().ToList();
        var partitions = partitionKeys.Distinct().ToList();
        var order = _graph.WithUpstream(assetList);
        foreach (var partition in partitions)
            Evaluate(order, partition);
        return assetList.SelectMany(a => partitions.Select(p => _statuses[(a, p)])).ToList();
    }

    /// <summary>Computes the missing statuses of <paramref name="order"/>, which lists every asset after its parents.</summary>
    private void Evaluate(IReadOnlyList<AssetKey> order, string partition)
    {
        foreach (var asset in order)
            if (!_statuses.ContainsKey((asset, partition)))
                _statuses[(asset, partition)] = Compute(_graph[asset], partition);
    }

    private AssetPartitionStatus Compute(AssetSpec spec, string partition)
    {
        if (spec.IsSource)
            return Status(spec, partition, _observations.ContainsKey((spec.Key, partition)) ? StaleStatus.Fresh : StaleStatus.Missing);
        if (!_materializations.TryGetValue((spec.Key, partition), out var fact))
            return Status(spec, partition, StaleStatus.Missing);

        var causes = new List<StaleCause>();
        if (fact.CodeVersion != spec.CodeVersion)
            causes.Add(StaleCause.CodeVersionChanged(spec.Key, partition, fact.CodeVersion, spec.CodeVersion));
        foreach (var dependency in _graph.Parents(spec.Key))
            AddDependencyCauses(causes, fact, _graph[dependency]);
        return causes.Count == 0
            ? Status(spec, partition, StaleStatus.Fresh)
            : new AssetPartitionStatus(spec.Key, partition, StaleStatus.Stale, causes);
    }

    private void AddDependencyCauses(List<StaleCause> causes, MaterializationFact fact, AssetSpec dependency)
    {
        var (asset, partition, key) = (fact.Asset, fact.PartitionKey, dependency.Key);
        var used = fact.UpstreamDataVersions.GetValueOrDefault(key);
        if (dependency.IsSource)
        {
            if (!_observations.TryGetValue((key, partition), out var observed))
                causes.Add(StaleCause.UpstreamMissing(asset, partition, key, isSource: true));
            else if (observed != used)
                causes.Add(StaleCause.SourceDataChanged(asset, partition, key, used, observed));
            return;
        }

        if (!_materializations.TryGetValue((key, partition), out var upstream))
        {
            causes.Add(StaleCause.UpstreamMissing(asset, partition, key, isSource: false));
            return;
        }
        if (upstream.DataVersion != used)
            causes.Add(StaleCause.UpstreamNewer(asset, partition, key, used, upstream.DataVersion));
        if (_statuses[(key, partition)].Status == StaleStatus.Stale)
            causes.Add(StaleCause.UpstreamStale(asset, partition, key));
    }

    private static AssetPartitionStatus Status(AssetSpec spec, string partition, StaleStatus status) =>
        new(spec.Key, partition, status, []);
}
