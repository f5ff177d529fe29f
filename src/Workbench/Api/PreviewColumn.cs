namespace Lineage.Workbench.Api;

/// <summary>A column of a preview: its name and type (<c>double</c>, <c>list&lt;double&gt;</c>, …).</summary>
public sealed record PreviewColumn(string Name, string Type);
