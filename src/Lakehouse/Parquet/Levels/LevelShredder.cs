using Lineage.Lakehouse.Parquet.Data;
using Lineage.Lakehouse.Parquet.Schema;

namespace Lineage.Lakehouse.Parquet.Levels;

/// <summary>
/// Flattens nested vectors into definition and repetition levels for one leaf (Dremel's "striping").
/// A nullable field adds one definition level when present; a list adds one more when it has elements
/// and one repetition level.
/// </summary>
internal static class LevelShredder
{
    public static ShreddedColumn Shred(LeafColumn leaf, ColumnVector topLevel)
    {
        var output = new ShreddedColumn(topLevel);
        Shred(leaf, topLevel, 0, topLevel.Count, output);
        return output;
    }

    /// <summary>Shreds the top-level rows <paramref name="start"/> .. <paramref name="start"/> + <paramref name="count"/> into <paramref name="output"/> (reset first).</summary>
    public static void Shred(LeafColumn leaf, ColumnVector topLevel, int start, int count, ShreddedColumn output)
    {
        output.Reset(LeafVector(leaf, topLevel));
        if (leaf.Ancestry.Count == 1 && topLevel is not ListVector and not StructVector)
        {
            var field = leaf.Ancestry[0];
            output.AddFlat(topLevel, start, count, field.Nullable,
                row => new ArgumentException($"Column '{leaf.DottedPath}': field '{field.Name}' is required but slot {row} is null."));
            return;
        }
        for (var row = start; row < start + count; row++)
            Emit(leaf, 0, topLevel, row, 0, 0, output);
    }

    private static void Emit(LeafColumn leaf, int depth, ColumnVector vector, int index, int definition, int repetition, ShreddedColumn output)
    {
        var field = leaf.Ancestry[depth];
        if (vector.IsNull(index))
        {
            if (!field.Nullable)
                throw new ArgumentException($"Column '{leaf.DottedPath}': field '{field.Name}' is required but slot {index} is null.");
            output.Add(definition, repetition, -1);
            return;
        }
        if (field.Nullable)
            definition++;
        switch (vector)
        {
            case ListVector list:
                var start = list.Start(index);
                var end = list.End(index);
                if (start == end)
                {
                    output.Add(definition, repetition, -1);
                    return;
                }
                var listRepetition = RepetitionLevelOf(leaf, depth);
                for (var element = start; element < end; element++)
                    Emit(leaf, depth + 1, list.Elements, element, definition + 1, element == start ? repetition : listRepetition, output);
                return;
            case StructVector group:
                var child = ((StructField)field).Fields.ToList().FindIndex(f => f.Name == leaf.Ancestry[depth + 1].Name);
                Emit(leaf, depth + 1, group.Children[child], index, definition, repetition, output);
                return;
            default:
                output.Add(definition, repetition, index);
                return;
        }
    }

    /// <summary>The repetition level of the list at <paramref name="depth"/>: how many lists enclose it, itself included.</summary>
    private static int RepetitionLevelOf(LeafColumn leaf, int depth)
    {
        var level = 0;
        for (var i = 0; i <= depth; i++)
        {
            if (leaf.Ancestry[i] is ListField)
                level++;
        }
        return level;
    }

    private static ColumnVector LeafVector(LeafColumn leaf, ColumnVector vector)
    {
        for (var depth = 0; depth < leaf.Ancestry.Count - 1; depth++)
        {
            vector = vector switch
            {
                ListVector list => list.Elements,
                StructVector group => group.Children[((StructField)leaf.Ancestry[depth]).Fields.ToList().FindIndex(f => f.Name == leaf.Ancestry[depth + 1].Name)],
                _ => throw new ArgumentException($"Column '{leaf.DottedPath}': the vector does not match the schema at '{leaf.Ancestry[depth].Name}'."),
            };
        }
        return vector;
    }
}
