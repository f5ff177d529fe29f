namespace Lineage.Assets.Graph;

/// <summary>A set of asset specs that cannot form a graph: duplicate keys, unknown deps, cycles or broken column lineage.</summary>
public sealed class AssetGraphException(string message) : Exception(message);
