namespace Lineage.Workbench.Graph;

/// <summary>The result of a layout: nodes in input order, edges in input order, group boxes top to bottom, and the drawing's size.</summary>
public sealed record GraphLayout(
    IReadOnlyList<NodePlacement> Nodes,
    IReadOnlyList<EdgeRoute> Edges,
    IReadOnlyList<GroupBox> Groups,
    double Width,
    double Height)
{
    /// <summary>The placement of node <paramref name="id"/>; a linear search, so index <see cref="Nodes"/> yourself for bulk look-ups.</summary>
    public NodePlacement Node(string id) =>
        Nodes.FirstOrDefault(node => string.Equals(node.Id, id, StringComparison.Ordinal))
        ?? throw new ArgumentException($"The layout has no node '{id}'.", nameof(id));
}
