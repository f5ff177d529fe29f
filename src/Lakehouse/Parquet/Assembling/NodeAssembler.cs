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

    private static LeafSlots FlatSlots(RawLeaf raw)
    {
        if (raw.Definitions is not { } definitions || raw.ValueCount == raw.Levels)
            return LeafSlots.Dense(raw.Levels);
        var indices = new int[raw.Levels];
        var value = 0;
        for (var i = 0; i < indices.Length; i++)
            indices[i] = definitions[i] == raw.MaxDefinition ? value++ : -1;
        return new LeafSlots(raw.Levels, raw.Levels - raw.ValueCount, indices);
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
            var data = LeafArrays.Build(node.Arrow.DataType, leaves[leaf], walk.LeafSlots);
            leaf++;
            return data;
        }
        var length = walk.Counts[depth];
        var nulls = walk.Nulls[depth];
        var validity = Bitmaps.From(walk.Valid[depth].AsSpan(0, length), nulls);
        var children = new List<ArrayData>();
        foreach (var child in node.Children)
            children.Add(Build(child, depth + 1, walks, leaves, ref leaf));
        switch (node.Kind)
        {
            case ReadNodeKind.Struct:
                return new ArrayData(node.Arrow.DataType, length, nulls, 0, [validity], [.. children]);
            case ReadNodeKind.List:
                return new ArrayData(node.Arrow.DataType, length, nulls, 0, [validity, ArrayBuffers.Of(walk.Offsets[depth], length + 1)], [.. children]);
            default:
                var map = (MapType)node.Arrow.DataType;
                var entries = new ArrayData(map.KeyValueType, children[0].Length, 0, 0, [ArrowBuffer.Empty], [.. children]);
                return new ArrayData(map, length, nulls, 0, [validity, ArrayBuffers.Of(walk.Offsets[depth], length + 1)], [entries]);
        }
    }
}
