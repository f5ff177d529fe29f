namespace Lineage.Lakehouse.Parquet.Assembling;

/// <summary>
/// Rebuilds, from one leaf's definition and repetition levels, the shape of every node on its path: per depth the
/// slots with their validity, list offsets, and for the leaf the value index of each slot (-1 for null). A null
/// struct still gives each child a (null) slot, as Arrow's structs need; an empty or null list gives its element none.
/// </summary>
internal sealed class LevelWalk
{
    private LevelWalk(int depths)
    {
        Counts = new int[depths];
        Valid = Enumerable.Range(0, depths).Select(_ => new List<bool>()).ToArray();
        Offsets = Enumerable.Range(0, depths).Select(_ => new List<int>()).ToArray();
    }

    public int[] Counts { get; }

    public List<bool>[] Valid { get; }

    public List<int>[] Offsets { get; }

    public List<int> LeafSlots { get; } = [];

    /// <exception cref="FormatException">A level beyond the column's maximum.</exception>
    public static LevelWalk Run(IReadOnlyList<ReadNode> path, ReadOnlySpan<int> definitions, ReadOnlySpan<int> repetitions, int levels, int maxDefinition)
    {
        var walk = new LevelWalk(path.Count);
        var reach = new int[path.Count];
        var present = new int[path.Count];
        var listDepthOfRepetition = new List<int> { -1 };
        for (var d = 0; d < path.Count; d++)
        {
            reach[d] = d == 0 ? 0 : IsRepeated(path[d - 1]) ? present[d - 1] + 1 : present[d - 1];
            present[d] = reach[d] + (path[d].Nullable ? 1 : 0);
            if (IsRepeated(path[d]))
                listDepthOfRepetition.Add(d);
        }
        var maxRepetition = listDepthOfRepetition.Count - 1;
        var value = 0;
        for (var i = 0; i < levels; i++)
        {
            var definition = definitions.IsEmpty ? maxDefinition : definitions[i];
            var repetition = repetitions.IsEmpty ? 0 : repetitions[i];
            if (definition > maxDefinition || repetition > maxRepetition || definition < 0 || repetition < 0)
                throw new FormatException($"level {definition}/{repetition} beyond the column's maximum {maxDefinition}/{maxRepetition}");
            var start = repetition == 0 ? 0 : listDepthOfRepetition[repetition] + 1;
            for (var d = start; d < path.Count; d++)
            {
                if (definition < reach[d])
                    break;
                var valid = definition >= present[d];
                walk.AddSlot(path, d, valid, valid ? value : -1);
                if (valid && d == path.Count - 1)
                    value++;
                if (!valid)
                {
                    // A null struct's children still take a slot each, down to a list or the leaf.
                    for (var e = d + 1; e < path.Count && path[e - 1].Kind == ReadNodeKind.Struct; e++)
                        walk.AddSlot(path, e, false, -1);
                    break;
                }
            }
        }
        for (var d = 0; d < path.Count; d++)
        {
            if (IsRepeated(path[d]))
                walk.Offsets[d].Add(walk.Counts[d + 1]);
        }
        return walk;
    }

    private static bool IsRepeated(ReadNode node) => node.Kind is ReadNodeKind.List or ReadNodeKind.Map;

    private void AddSlot(IReadOnlyList<ReadNode> path, int depth, bool valid, int value)
    {
        Valid[depth].Add(valid);
        if (IsRepeated(path[depth]))
            Offsets[depth].Add(Counts[depth + 1]);
        Counts[depth]++;
        if (depth == path.Count - 1)
            LeafSlots.Add(value);
    }
}
