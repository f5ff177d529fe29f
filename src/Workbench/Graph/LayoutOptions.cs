namespace Lineage.Workbench.Graph;

/// <summary>Spacing of a <see cref="LayeredLayout"/>, in the same units as the node sizes.</summary>
public sealed record LayoutOptions
{
    /// <summary>Horizontal space between the widest nodes of two adjacent layers.</summary>
    public double LayerGap { get; init; } = 120;

    /// <summary>Vertical space between two nodes stacked in the same layer and group.</summary>
    public double NodeGap { get; init; } = 24;

    /// <summary>Space between a group's box and the nodes inside it.</summary>
    public double GroupPadding { get; init; } = 20;

    /// <summary>Vertical space between two group bands.</summary>
    public double GroupGap { get; init; } = 40;

    /// <summary>Empty border around the whole drawing.</summary>
    public double Margin { get; init; } = 24;

    /// <summary>How many alternating down/up barycenter sweeps to try when ordering layers.</summary>
    public int CrossingSweeps { get; init; } = 8;

    /// <exception cref="ArgumentOutOfRangeException">A spacing is negative or not a number, or the sweep count is negative.</exception>
    internal void EnsureValid()
    {
        foreach (var (name, value) in new[]
        {
            (nameof(LayerGap), LayerGap), (nameof(NodeGap), NodeGap), (nameof(GroupPadding), GroupPadding),
            (nameof(GroupGap), GroupGap), (nameof(Margin), Margin),
        })
        {
            if (!double.IsFinite(value) || value < 0)
            {
                throw new ArgumentOutOfRangeException(name, value, $"Layout option {name} must be a finite, non-negative size.");
            }
        }

        ArgumentOutOfRangeException.ThrowIfNegative(CrossingSweeps);
    }
}
