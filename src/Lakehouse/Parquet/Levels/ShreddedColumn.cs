using Lineage.Lakehouse.Parquet.Data;

namespace Lineage.Lakehouse.Parquet.Levels;

/// <summary>
/// One leaf column of a batch in Parquet's flat form: a definition and repetition level per slot, and the
/// indices (into <see cref="Values"/>) of the slots that hold a value.
/// </summary>
internal sealed class ShreddedColumn(ColumnVector values)
{
    private int[] _definition = new int[16];
    private int[] _repetition = new int[16];
    private int[] _valueIndices = new int[16];

    public ColumnVector Values { get; } = values;

    public int LevelCount { get; private set; }

    public int ValueCount { get; private set; }

    public ReadOnlySpan<int> Definition => _definition.AsSpan(0, LevelCount);

    public ReadOnlySpan<int> Repetition => _repetition.AsSpan(0, LevelCount);

    public ReadOnlySpan<int> ValueIndices => _valueIndices.AsSpan(0, ValueCount);

    /// <summary>Top-level rows covered, counted by repetition level 0.</summary>
    public int RowCount { get; private set; }

    public void Add(int definition, int repetition, int valueIndex)
    {
        if (LevelCount == _definition.Length)
        {
            Array.Resize(ref _definition, _definition.Length * 2);
            Array.Resize(ref _repetition, _repetition.Length * 2);
        }
        _definition[LevelCount] = definition;
        _repetition[LevelCount] = repetition;
        LevelCount++;
        if (repetition == 0)
            RowCount++;
        if (valueIndex < 0)
            return;
        if (ValueCount == _valueIndices.Length)
            Array.Resize(ref _valueIndices, _valueIndices.Length * 2);
        _valueIndices[ValueCount++] = valueIndex;
    }
}
