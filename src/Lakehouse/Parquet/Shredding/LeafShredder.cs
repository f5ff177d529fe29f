using Apache.Arrow;

namespace Lineage.Lakehouse.Parquet.Shredding;

/// <summary>
/// Cuts rows of a top-level Arrow column into one leaf's definition and repetition levels and present values
/// (Dremel striping). A slot missing at some level gets that level's definition: a null struct or list, an empty
/// list, a null element. Present values are gathered from the leaf array in one typed pass.
/// </summary>
internal sealed class LeafShredder
{
    private int[] _indices = new int[1024];
    private int _count;

    public void Shred(LeafPlan plan, LeafBuffer buffer, IArrowArray column, int start, int count)
    {
        if (plan.Steps.Count == 1)
        {
            ShredFlat(buffer, column, start, count);
            return;
        }
        if (plan.Steps is [{ Kind: LevelStepKind.List } list, { Kind: LevelStepKind.Leaf } element])
        {
            ShredListOfPrimitives(buffer, (ListArray)column, start, count, list.Nullable, element.Nullable);
            return;
        }
        _count = 0;
        var leaf = LeafArray(plan, column);
        for (var row = start; row < start + count; row++)
            Shred(plan.Steps, 0, buffer, column, row, 0, 0);
        buffer.Gather(leaf, _indices.AsSpan(0, _count));
    }

    private void ShredFlat(LeafBuffer buffer, IArrowArray column, int start, int count)
    {
        buffer.AddFlatLevels(column, start, count);
        if (column.NullCount == 0)
        {
            buffer.GatherRange(column, start, count);
            return;
        }
        _count = 0;
        for (var row = start; row < start + count; row++)
        {
            if (!column.IsNull(row))
                Add(row);
        }
        buffer.Gather(column, _indices.AsSpan(0, _count));
    }

    /// <summary>
    /// A list of primitives, the common nested case: the elements of consecutive rows are consecutive in the values
    /// array, so levels come from the offsets and values are gathered as one range when no element is null.
    /// </summary>
    private void ShredListOfPrimitives(LeafBuffer buffer, ListArray lists, int start, int count, bool listNullable, bool elementNullable)
    {
        var offsets = lists.ValueOffsets;
        var values = lists.Values;
        var present = listNullable ? 1 : 0;
        var elementDefinition = present + 1;
        var nullElements = elementNullable && values.NullCount > 0;
        // A null list may still span elements in Arrow; then only the elements of present lists are gathered.
        var byIndex = nullElements || (listNullable && lists.NullCount > 0);
        var levels = 0;
        for (var row = start; row < start + count; row++)
            levels += listNullable && lists.IsNull(row) ? 1 : Math.Max(1, offsets[row + 1] - offsets[row]);
        buffer.AddLevels(levels, out var definitions, out var repetitions);
        _count = 0;
        var level = 0;
        for (var row = start; row < start + count; row++)
        {
            var (first, end) = (offsets[row], offsets[row + 1]);
            if (listNullable && lists.IsNull(row))
            {
                definitions[level] = 0;
                repetitions[level++] = 0;
                continue;
            }
            if (first == end)
            {
                definitions[level] = present;
                repetitions[level++] = 0;
                continue;
            }
            for (var i = first; i < end; i++, level++)
            {
                var isNull = nullElements && values.IsNull(i);
                definitions[level] = isNull ? elementDefinition : elementDefinition + (elementNullable ? 1 : 0);
                repetitions[level] = i == first ? 0 : 1;
                if (byIndex && !isNull)
                    Add(i);
            }
        }
        if (byIndex)
        {
            buffer.Gather(values, _indices.AsSpan(0, _count));
            return;
        }
        var (from, to) = (offsets[start], offsets[start + count]);
        if (to > from)
            buffer.GatherRange(values, from, to - from);
    }

    private void Shred(IReadOnlyList<LevelStep> steps, int depth, LeafBuffer buffer, IArrowArray array, int index, int definition, int repetition)
    {
        var step = steps[depth];
        if (step.Nullable)
        {
            if (array.IsNull(index))
            {
                buffer.AddLevel(definition, repetition);
                return;
            }
            definition++;
        }
        switch (step.Kind)
        {
            case LevelStepKind.Leaf:
                buffer.AddLevel(definition, repetition);
                Add(index);
                return;
            case LevelStepKind.Struct:
                var @struct = (StructArray)array;
                Shred(steps, depth + 1, buffer, @struct.Fields[step.Child], @struct.Offset + index, definition, repetition);
                return;
            default:
                var list = (ListArray)array;
                var offsets = list.ValueOffsets;
                var (first, end) = (offsets[index], offsets[index + 1]);
                if (first == end)
                {
                    buffer.AddLevel(definition, repetition);
                    return;
                }
                for (var element = first; element < end; element++)
                    Shred(steps, depth + 1, buffer, list.Values, element, definition + 1, element == first ? repetition : step.RepetitionLevel);
                return;
        }
    }

    /// <summary>The array that holds the leaf's values: the column's descendant along the plan's steps.</summary>
    private static IArrowArray LeafArray(LeafPlan plan, IArrowArray column)
    {
        var array = column;
        foreach (var step in plan.Steps)
        {
            array = step.Kind switch
            {
                LevelStepKind.Struct => ((StructArray)array).Fields[step.Child],
                LevelStepKind.List => ((ListArray)array).Values,
                _ => array,
            };
        }
        return array;
    }

    private void Add(int index)
    {
        if (_count == _indices.Length)
            System.Array.Resize(ref _indices, _indices.Length * 2);
        _indices[_count++] = index;
    }
}
