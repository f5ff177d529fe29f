using System.Buffers;
using System.Runtime.CompilerServices;
using Apache.Arrow;
using Parquet;

namespace Lineage.Lakehouse.Parquet.Shredding;

/// <summary>
/// One leaf column of the row group being written: its definition and repetition levels and its present values
/// (dense, in Parquet.Net's type), filled batch by batch, written as one column chunk, then emptied for the next row
/// group while its storage is kept (the arrays come from the shared pools, and one outgrown goes back to them for
/// another file to use). It also keeps the leaf's Iceberg metrics over the whole file.
/// </summary>
internal abstract class LeafBuffer(LeafPlan plan)
{
    private int[] _definitions = [];
    private int[] _repetitions = [];

    public LeafPlan Plan { get; private set; } = plan;

    public bool HasDefinitions { get; } = plan.Field.MaxDefinitionLevel > 0;

    public bool HasRepetitions { get; } = plan.Field.MaxRepetitionLevel > 0;

    public int MaxDefinitionLevel { get; } = plan.Field.MaxDefinitionLevel;

    /// <summary>Levels (slots, nulls included) in the current row group.</summary>
    public int LevelCount { get; private set; }

    /// <summary>Present values in the current row group.</summary>
    public abstract int ValueCount { get; }

    /// <summary>What the row group's part of this column holds in memory: values and the level arrays (4 bytes a level each).</summary>
    public long EstimatedBytes => ValueBytes + (long)LevelCount * 4 * ((HasDefinitions ? 1 : 0) + (HasRepetitions ? 1 : 0));

    /// <summary>Iceberg value count (slots, nulls included) over the file.</summary>
    public long FileValueCount { get; private set; }

    /// <summary>Iceberg null count (slots without a value) over the file.</summary>
    public long FileNullCount { get; private set; }

    public long FileNanCount { get; protected set; }

    protected abstract long ValueBytes { get; }

    /// <summary>The smallest and largest present non-NaN value in Iceberg's single-value encoding, or null when there is none.</summary>
    public abstract (byte[] Lower, byte[] Upper)? Bounds();

    /// <summary>Appends the leaf array's values at <paramref name="indices"/> (their levels are added separately).</summary>
    public abstract void Gather(IArrowArray leaf, ReadOnlySpan<int> indices);

    /// <summary>Appends <paramref name="count"/> consecutive values from <paramref name="start"/>, all present.</summary>
    public abstract void GatherRange(IArrowArray leaf, int start, int count);

    public abstract Task WriteAsync(ParquetRowGroupWriter rowGroup, CancellationToken cancellationToken);

    /// <summary>
    /// Moves the buffer onto the same leaf of the file's final schema, whose Parquet.Net field may differ in type (a
    /// string column's, chosen once its first values are known); levels and values stay.
    /// </summary>
    public void Bind(LeafPlan plan)
    {
        if (plan.Column != Plan.Column || plan.Field.MaxDefinitionLevel != MaxDefinitionLevel || plan.Field.MaxRepetitionLevel != Plan.Field.MaxRepetitionLevel)
            throw new ArgumentException($"leaf '{plan.Field.Path}' is not the buffer's leaf '{Plan.Field.Path}'", nameof(plan));
        Plan = plan;
    }

    public void AddLevel(int definition, int repetition)
    {
        EnsureLevels(LevelCount + 1);
        if (HasDefinitions)
            _definitions[LevelCount] = definition;
        if (HasRepetitions)
            _repetitions[LevelCount] = repetition;
        LevelCount++;
    }

    /// <summary>Room for <paramref name="count"/> more levels, filled by the caller (empty spans where the column has none of that kind).</summary>
    public void AddLevels(int count, out Span<int> definitions, out Span<int> repetitions)
    {
        EnsureLevels(LevelCount + count);
        definitions = HasDefinitions ? _definitions.AsSpan(LevelCount, count) : [];
        repetitions = HasRepetitions ? _repetitions.AsSpan(LevelCount, count) : [];
        LevelCount += count;
    }

    /// <summary>Adds the definition levels of a flat column (no repetition): <see cref="MaxDefinitionLevel"/> where present.</summary>
    public void AddFlatLevels(IArrowArray column, int start, int count)
    {
        EnsureLevels(LevelCount + count);
        if (HasDefinitions)
        {
            var definitions = _definitions.AsSpan(LevelCount, count);
            if (column.NullCount == 0)
                definitions.Fill(MaxDefinitionLevel);
            else
                for (var i = 0; i < count; i++)
                    definitions[i] = column.IsNull(start + i) ? MaxDefinitionLevel - 1 : MaxDefinitionLevel;
        }
        LevelCount += count;
    }

    /// <summary>Closes the row group's part: counts it into the file metrics and empties the buffer.</summary>
    public virtual void Clear()
    {
        FileValueCount += LevelCount;
        FileNullCount += LevelCount - ValueCount;
        LevelCount = 0;
    }

    protected ReadOnlyMemory<int>? Definitions => HasDefinitions ? _definitions.AsMemory(0, LevelCount) : (ReadOnlyMemory<int>?)null;

    protected ReadOnlyMemory<int>? Repetitions => HasRepetitions ? _repetitions.AsMemory(0, LevelCount) : (ReadOnlyMemory<int>?)null;

    /// <summary>An array of at least <paramref name="needed"/> elements holding <paramref name="array"/>'s, rented from the pool.</summary>
    protected static T[] Grow<T>(T[] array, int needed)
    {
        if (array.Length >= needed)
            return array;
        var grown = ArrayPool<T>.Shared.Rent(Math.Max(needed, Math.Max(1024, array.Length * 2)));
        array.AsSpan().CopyTo(grown);
        if (array.Length > 0)
            ArrayPool<T>.Shared.Return(array, clearArray: RuntimeHelpers.IsReferenceOrContainsReferences<T>());
        return grown;
    }

    private void EnsureLevels(int needed)
    {
        if (HasDefinitions)
            _definitions = Grow(_definitions, needed);
        if (HasRepetitions)
            _repetitions = Grow(_repetitions, needed);
    }
}
