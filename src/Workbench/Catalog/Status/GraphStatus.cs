namespace Lineage.Workbench.Catalog.Status;

/// <summary>Every asset's <see cref="NodeStatus"/> over one window of days (<see cref="Dates"/>, oldest first).</summary>
public sealed record GraphStatus(IReadOnlyList<string> Dates, IReadOnlyDictionary<string, NodeStatus> Nodes)
{
    public static GraphStatus Empty { get; } = new([], new Dictionary<string, NodeStatus>());

    public NodeStatus? Of(string asset) => Nodes.GetValueOrDefault(asset);
}
