namespace Lineage.Lakehouse.Parquet.Data;

/// <summary>A vector of structs: one child vector per field, each as long as the struct vector.</summary>
public sealed class StructVector(IReadOnlyList<ColumnVector> children) : ColumnVector
{
    public IReadOnlyList<ColumnVector> Children { get; } = children;

    /// <summary>Opens a present struct slot; append one value (or null) to every child.</summary>
    public void AppendPresent()
    {
        MarkPresent();
        Count++;
    }

    public override void Clear()
    {
        base.Clear();
        foreach (var child in Children)
            child.Clear();
    }

    internal override void AppendFrom(ColumnVector source, int index) =>
        throw new InvalidOperationException("A struct is assembled from its leaves, not copied value by value.");

    /// <summary>Appends a null struct without touching the children (the level assembler fills those itself).</summary>
    internal void AppendNullShallow()
    {
        AppendNullFlag();
        Count++;
    }

    /// <summary>A null struct still holds a (null) slot in every child, so children stay as long as the struct.</summary>
    protected override void AppendDefault()
    {
        foreach (var child in Children)
            child.AppendNull();
        Count++;
    }
}
