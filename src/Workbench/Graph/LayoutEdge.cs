namespace Lineage.Workbench.Graph;

/// <summary>A dependency drawn from <see cref="From"/> (upstream, left) to <see cref="To"/> (downstream, right).</summary>
public sealed record LayoutEdge(string From, string To);
