namespace Lineage.Lakehouse.Parquet.Data;

/// <summary>A vector of lists: slot i holds the elements <c>Offsets[i] .. Offsets[i+1]</c> of <see cref="Elements"/>.</summary>
public sealed class ListVector : ColumnVector
{
    private int[] _offsets = new int[17];

    public ListVector(ColumnVector elements) => Elements = elements;

    public ColumnVector Elements { get; }

    public ReadOnlySpan<int> Offsets => _offsets.AsSpan(0, Count + 1);

    public int Start(int index) => _offsets[index];

    public int End(int index) => _offsets[index + 1];

    /// <summary>Opens a new list slot; append its elements to <see cref="Elements"/>, then call <see cref="EndList"/>.</summary>
    public void BeginList()
    {
        MarkPresent();
        AppendDefault();
    }

    /// <summary>Closes the last slot after its elements were appended to <see cref="Elements"/>.</summary>
    public void EndList() => _offsets[Count] = Elements.Count;

    /// <summary>Closes the last slot at <paramref name="elementCount"/> elements (when elements were decoded ahead).</summary>
    internal void EndListAt(int elementCount) => _offsets[Count] = elementCount;

    public override void Clear()
    {
        base.Clear();
        Elements.Clear();
    }

    internal override void AppendFrom(ColumnVector source, int index) =>
        throw new InvalidOperationException("A list is assembled from its leaves, not copied value by value.");

    protected override void AppendDefault()
    {
        if (Count + 2 > _offsets.Length)
            Array.Resize(ref _offsets, _offsets.Length * 2);
        Count++;
        _offsets[Count] = Elements.Count;
    }
}
