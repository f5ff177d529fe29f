using System.Runtime.InteropServices;
using Apache.Arrow;
using Apache.Arrow.Types;

namespace Lineage.Lakehouse.Parquet.Assembling;

/// <summary>
/// A top-level field's Arrow array from the column chunks of its leaves: a flat column straight from its definition
/// levels, a nested one through a <see cref="LevelWalk"/> per leaf, each node's validity and offsets taken from the
/// first leaf beneath it.
/// </summary>
internal static class NodeAssembler
{
    public static IArrowArray Assemble(ReadNode field, IReadOnlyList<RawLeaf> leaves)
    {
        if (field.Kind == ReadNodeKind.Leaf)
            return ArrowArrayFactory.BuildArray(LeafArrays.Build(field.Arrow.DataType, leaves[0], FlatSlots(leaves[0])));
        var walks = new List<LevelWalk>();
        var index = 0;
        foreach (var path in Paths(field, []))
        {
            var raw = leaves[index++];
            walks.Add(LevelWalk.Run(path, raw.Definitions, raw.Repetitions, raw.Levels, raw.MaxDefinition));
        }
        var leaf = 0;
        return ArrowArrayFactory.BuildArray(Build(field, 0, walks, leaves, ref leaf));
    }

    private static int[] FlatSlots(RawLeaf raw)
    {
        var slots = new int[raw.Levels];
        if (raw.Definitions is not { } definitions)
        {
            for (var i = 0; i < slots.Length; i++)
                slots[i] = i;
            return slots;
        }
        var value = 0;
        for (var i = 0; i < slots.Length; i++)
            slots[i] = definitions[i] == raw.MaxDefinition ? value++ : -1;
        return slots;
    }

    private static IEnumerable<IReadOnlyList<ReadNode>> Paths(ReadNode node, List<ReadNode> above)
    {
        var path = new List<ReadNode>(above) { node };
        if (node.Kind == ReadNodeKind.Leaf)
            return [path];
        return node.Children.SelectMany(child => Paths(child, path));
    }

    private static ArrayData Build(ReadNode node, int depth, List<LevelWalk> walks, IReadOnlyList<RawLeaf> leaves, ref int leaf)
    {
        var walk = walks[leaf];
        if (node.Kind == ReadNodeKind.Leaf)
        {
            var data = LeafArrays.Build(node.Arrow.DataType, leaves[leaf], CollectionsMarshal.AsSpan(walk.LeafSlots));
            leaf++;
            return data;
        }
        var validity = Bitmaps.From(walk.Valid[depth], out var nulls);
        var length = walk.Counts[depth];
        var children = new List<ArrayData>();
        foreach (var child in node.Children)
            children.Add(Build(child, depth + 1, walks, leaves, ref leaf));
        switch (node.Kind)
        {
            case ReadNodeKind.Struct:
                return new ArrayData(node.Arrow.DataType, length, nulls, 0, [validity], [.. children]);
            case ReadNodeKind.List:
                return new ArrayData(node.Arrow.DataType, length, nulls, 0, [validity, Offsets(walk.Offsets[depth])], [.. children]);
            default:
                var map = (MapType)node.Arrow.DataType;
                var entries = new ArrayData(map.KeyValueType, children[0].Length, 0, 0, [ArrowBuffer.Empty], [.. children]);
                return new ArrayData(map, length, nulls, 0, [validity, Offsets(walk.Offsets[depth])], [entries]);
        }
    }

    private static ArrowBuffer Offsets(List<int> offsets) =>
        new(MemoryMarshal.AsBytes(CollectionsMarshal.AsSpan(offsets)).ToArray());
}
