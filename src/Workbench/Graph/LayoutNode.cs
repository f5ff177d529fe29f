namespace Lineage.Workbench.Graph;

/// <summary>A box to place: its id, the group whose band it lives in, and its size.</summary>
public sealed record LayoutNode(string Id, string Group, double Width, double Height);
