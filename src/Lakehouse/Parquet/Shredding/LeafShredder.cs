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
