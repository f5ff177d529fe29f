namespace Lineage.Workbench.Graph;

/// <summary>
/// An edge drawn as one cubic Bézier (<c>M x y C x1 y1 x2 y2 x y</c>) from the source's right-middle to the target's left-middle.
/// A back edge is one the layout reversed to break a cycle, so it runs right to left.
/// </summary>
public sealed record EdgeRoute(string From, string To, string SvgPath, bool IsBackEdge);
