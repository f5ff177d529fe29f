namespace Lineage.Assets.Selection;

/// <summary>A selection that does not parse or names a group, kind or asset the graph does not have.</summary>
public sealed class AssetSelectionException : Exception
{
    public AssetSelectionException(string message)
        : base(message)
    {
    }

    public AssetSelectionException(string message, Exception inner)
        : base(message, inner)
    {
    }
}
