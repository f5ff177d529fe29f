namespace Lineage.Workbench.Graph;

/// <summary>The rectangle drawn around the nodes of one group.</summary>
public sealed record GroupBox(string Group, double X, double Y, double Width, double Height);
