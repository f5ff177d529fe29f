using Lineage.Assets.Specs;

namespace Lineage.Assets.ColumnLineage;

/// <summary>One step of column lineage: <see cref="To"/> is derived (in part) from <see cref="From"/>.</summary>
public sealed record ColumnLineageEdge(ColumnRef From, ColumnRef To)
{
    public override string ToString() => $"{From} -> {To}";
}
