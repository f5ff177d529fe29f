namespace Lineage.Lakehouse.Parquet.Assembling;

/// <summary>
/// Rebuilds, from one leaf's definition and repetition levels, the shape of every node on its path: per depth the
/// slots with their validity, list offsets, and for the leaf the value index of each slot (-1 for null). A null
/// struct still gives each child a (null) slot, as Arrow's structs need; an empty or null list gives its element none.
/// Each level adds at most one slot per depth, so the leaf's arrays are sized once; the others grow by doubling.
/// </summary>
internal sealed class LevelWalk
{
    private readonly int _leaf;

    private LevelWalk(IReadOnlyList<ReadNode> path, int levels)
    {
        _leaf = path.Count - 1;
        Counts = new int[path.Count];
        Nulls = new int[path.Count];
        Valid = new bool[path.Count][];
        Offsets = new int[path.Count][];
        for (var d = 0; d < path.Count; d++)
        {
            var capacity = d == _leaf ? levels : Math.Min(levels, 1024);
            Valid[d] = new bool[capacity];
            Offsets[d] = IsRepeated(path[d]) ? new int[capacity + 1] : [];
        }
        LeafIndices = new int[levels];
    }

    /// <summary>Slots per depth.</summary>
    public int[] Counts { get; }

    /// <summary>Null slots per depth.</summary>
    public int[] Nulls { get; }

    /// <summary>Per depth, the validity of its first <see cref="Counts"/> slots.</summary>
    public bool[][] Valid { get; }

    /// <summary>Per list or map depth, its first <see cref="Counts"/> + 1 offsets into the depth below.</summary>
    public int[][] Offsets { get; }

    private int[] LeafIndices { get; }

    public LeafSlots LeafSlots => Nulls[_leaf] == 0 ? LeafSlots.Dense(Counts[_leaf]) : new LeafSlots(Counts[_leaf], Nulls[_leaf], LeafIndices);

    /// <exception cref="FormatException">A level beyond the column's maximum.</exception>
    public static LevelWalk Run(IReadOnlyList<ReadNode> path, ReadOnlySpan<int> definitions, ReadOnlySpan<int> repetitions, int levels, int maxDefinition)
    {
        var walk = new LevelWalk(path, levels);
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
        if (path.Count == 2 && path[0].Kind == ReadNodeKind.List && !definitions.IsEmpty && !repetitions.IsEmpty)
        {
            walk.RunListOfLeaf(definitions[..levels], repetitions[..levels], maxDefinition, reach[1], present[0], present[1]);
            return walk;
        }
        var repeated = path.Select(IsRepeated).ToArray();
        var structs = path.Select(n => n.Kind == ReadNodeKind.Struct).ToArray();
        var maxRepetition = listDepthOfRepetition.Count - 1;
        var value = 0;
        for (var i = 0; i < levels; i++)
        {
            var definition = definitions.IsEmpty ? maxDefinition : definitions[i];
            var repetition = repetitions.IsEmpty ? 0 : repetitions[i];
            if ((uint)definition > (uint)maxDefinition || (uint)repetition > (uint)maxRepetition)
                throw new FormatException($"level {definition}/{repetition} beyond the column's maximum {maxDefinition}/{maxRepetition}");
            var start = repetition == 0 ? 0 : listDepthOfRepetition[repetition] + 1;
            for (var d = start; d < path.Count; d++)
            {
                if (definition < reach[d])
                    break;
                var valid = definition >= present[d];
                walk.AddSlot(d, repeated, valid, valid ? value : -1);
                if (valid && d == walk._leaf)
                    value++;
                if (!valid)
                {
                    // A null struct's children still take a slot each, down to a list or the leaf.
                    for (var e = d + 1; e < path.Count && structs[e - 1]; e++)
                        walk.AddSlot(e, repeated, false, -1);
                    break;
                }
            }
        }
        for (var d = 0; d < path.Count; d++)
        {
            if (repeated[d])
                walk.Offsets[d][walk.Counts[d]] = walk.Counts[d + 1];
        }
        return walk;
    }

    /// <summary>
    /// The walk for the most common nested shape, a list of a leaf (list&lt;double&gt;, list&lt;string&gt;), in one
    /// pass without the per-depth loop: a level of repetition 0 starts a list slot, any level that reaches the
    /// element adds an element slot.
    /// </summary>
    private void RunListOfLeaf(ReadOnlySpan<int> definitions, ReadOnlySpan<int> repetitions, int maxDefinition, int elementReach, int listPresent, int elementPresent)
    {
        var lists = 0;
        var elements = 0;
        var listNulls = 0;
        var elementNulls = 0;
        var listValid = Valid[0];
        var offsets = Offsets[0];
        var elementValid = Valid[1];
        var indices = LeafIndices;
        var value = 0;
        for (var i = 0; i < definitions.Length; i++)
        {
            var definition = definitions[i];
            var repetition = repetitions[i];
            if ((uint)definition > (uint)maxDefinition || (uint)repetition > 1u)
                throw new FormatException($"level {definition}/{repetition} beyond the column's maximum {maxDefinition}/1");
            if (repetition == 0)
            {
                if (lists == listValid.Length)
                {
                    Grow(0, repeated: true);
                    listValid = Valid[0];
                    offsets = Offsets[0];
                }
                var present = definition >= listPresent;
                listValid[lists] = present;
                offsets[lists] = elements;
                lists++;
                if (!present)
                    listNulls++;
            }
            if (definition < elementReach)
                continue;
            if (definition >= elementPresent)
            {
                elementValid[elements] = true;
                indices[elements] = value++;
            }
            else
            {
                elementValid[elements] = false;
                indices[elements] = -1;
                elementNulls++;
            }
            elements++;
        }
        offsets[lists] = elements;
        Counts[0] = lists;
        Counts[1] = elements;
        Nulls[0] = listNulls;
        Nulls[1] = elementNulls;
    }

    private static bool IsRepeated(ReadNode node) => node.Kind is ReadNodeKind.List or ReadNodeKind.Map;

    private void AddSlot(int depth, bool[] repeated, bool valid, int value)
    {
        var slot = Counts[depth];
        if (slot == Valid[depth].Length)
            Grow(depth, repeated[depth]);
        Valid[depth][slot] = valid;
        if (!valid)
            Nulls[depth]++;
        if (repeated[depth])
            Offsets[depth][slot] = Counts[depth + 1];
        if (depth == _leaf)
            LeafIndices[slot] = value;
        Counts[depth] = slot + 1;
    }

    private void Grow(int depth, bool repeated)
    {
        var capacity = Math.Max(1024, Valid[depth].Length * 2);
        Array.Resize(ref Valid[depth], capacity);
        if (repeated)
            Array.Resize(ref Offsets[depth], capacity + 1);
    }
}
