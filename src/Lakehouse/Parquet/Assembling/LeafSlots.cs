namespace Lineage.Lakehouse.Parquet.Assembling;

/// <summary>
/// The slots of a leaf array: per slot the index of its stored value, or -1 for a null. Without nulls the slots are
/// the values in order and no index array is kept.
/// </summary>
internal readonly record struct LeafSlots(int Length, int Nulls, int[]? Indices)
{
    public static LeafSlots Dense(int length) => new(length, 0, null);

    public bool IsDense => Indices is null;

    public int this[int slot] => Indices is null ? slot : Indices[slot];
}
