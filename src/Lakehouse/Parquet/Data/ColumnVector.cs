namespace Lineage.Lakehouse.Parquet.Data;

/// <summary>
/// A column of values in memory, Arrow-style: a count, optional null flags and typed storage in subclasses.
/// Vectors grow as values are appended; a null slot keeps a default value in typed storage.
/// </summary>
public abstract class ColumnVector
{
    private bool[] _nulls = [];
    private bool _hasNulls;

    public int Count { get; protected set; }

    public bool HasNulls => _hasNulls;

    public bool IsNull(int index) => _hasNulls && _nulls[index];

    /// <summary>Appends a null slot.</summary>
    public void AppendNull()
    {
        AppendNullFlag();
        AppendDefault();
    }

    /// <summary>Marks the slot at <see cref="Count"/> as null; the subclass then adds the slot itself.</summary>
    private protected void AppendNullFlag()
    {
        EnsureNullCapacity(Count + 1);
        _nulls[Count] = true;
        _hasNulls = true;
    }

    /// <summary>
    /// Empties the vector, keeping its storage, to be filled again (a row builder reusing its vectors once a batch
    /// is written). Batches that still reference the vector see it empty.
    /// </summary>
    public virtual void Clear()
    {
        if (_hasNulls)
            Array.Clear(_nulls);
        _hasNulls = false;
        Count = 0;
    }

    /// <summary>Appends a copy of <paramref name="source"/>'s value at <paramref name="index"/> (same vector type).</summary>
    internal abstract void AppendFrom(ColumnVector source, int index);

    /// <summary>Keeps the first <paramref name="count"/> slots (a reader that decoded past a row limit).</summary>
    internal virtual void Truncate(int count)
    {
        if (count < Count)
            Count = count;
    }

    /// <summary>Appends a default (non-null) slot: an empty list, a struct whose children are appended separately.</summary>
    protected abstract void AppendDefault();

    /// <summary>Marks that a slot at <see cref="Count"/> is present; subclasses call it before growing.</summary>
    protected void MarkPresent()
    {
        if (_hasNulls)
        {
            EnsureNullCapacity(Count + 1);
            _nulls[Count] = false;
        }
    }

    private void EnsureNullCapacity(int needed)
    {
        if (_nulls.Length >= needed)
            return;
        var grown = new bool[Math.Max(needed, Math.Max(16, _nulls.Length * 2))];
        _nulls.AsSpan().CopyTo(grown);
        _nulls = grown;
    }
}
