using Lineage.Lakehouse.Parquet.Data;

namespace Lineage.Lakehouse.Parquet.Levels;

/// <summary>
/// One leaf column of a batch in Parquet's flat form: a definition and repetition level per slot, and the
/// indices (into <see cref="Values"/>) of the slots that hold a value. A writer reuses one per leaf (<see cref="Reset"/>).
/// </summary>
internal sealed class ShreddedColumn(ColumnVector values)
{
    private int[] _definition = new int[16];
    private int[] _repetition = new int[16];
    private int[] _valueIndices = new int[16];

    public ColumnVector Values { get; private set; } = values;

    public int LevelCount { get; private set; }

    public int ValueCount { get; private set; }

    public ReadOnlySpan<int> Definition => _definition.AsSpan(0, LevelCount);

    public ReadOnlySpan<int> Repetition => _repetition.AsSpan(0, LevelCount);

    public ReadOnlySpan<int> ValueIndices => _valueIndices.AsSpan(0, ValueCount);

    /// <summary>Top-level rows covered, counted by repetition level 0.</summary>
    public int RowCount { get; private set; }

    /// <summary>Forgets the levels, keeping the arrays, to shred <paramref name="values"/> next.</summary>
    public void Reset(ColumnVector values)
    {
        Values = values;
        LevelCount = ValueCount = RowCount = 0;
    }

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

    /// <summary>
    /// Adds the slots <paramref name="start"/> .. <paramref name="start"/> + <paramref name="count"/> of a top-level
    /// primitive vector: one level each, definition 1 when present in a nullable column, else 0.
    /// </summary>
    public void AddFlat(ColumnVector vector, int start, int count, bool nullable, Func<int, Exception> requiredButNull)
    {
        Ensure(ref _definition, LevelCount + count);
        Ensure(ref _repetition, LevelCount + count);
        Ensure(ref _valueIndices, ValueCount + count);
        var definition = _definition.AsSpan(LevelCount, count);
        _repetition.AsSpan(LevelCount, count).Clear();
        if (!vector.HasNulls)
        {
            definition.Fill(nullable ? 1 : 0);
            var indices = _valueIndices.AsSpan(ValueCount, count);
            for (var i = 0; i < count; i++)
                indices[i] = start + i;
            ValueCount += count;
        }
        else
        {
            for (var i = 0; i < count; i++)
            {
                var row = start + i;
                if (vector.IsNull(row))
                {
                    if (!nullable)
                        throw requiredButNull(row);
                    definition[i] = 0;
                    continue;
                }
                definition[i] = nullable ? 1 : 0;
                _valueIndices[ValueCount++] = row;
            }
        }
        LevelCount += count;
        RowCount += count;
    }

    private static void Ensure(ref int[] array, int needed)
    {
        if (needed > array.Length)
            Array.Resize(ref array, Math.Max(needed, array.Length * 2));
    }
}
