using Parquet.Schema;
using ArrowField = Apache.Arrow.Field;

namespace Lineage.Lakehouse.Parquet.Assembling;

/// <summary>
/// A field of the file as the reader rebuilds it: its Arrow field, its nullability and, for a leaf, the field Parquet.Net
/// reads it through (the column's physical type, so values come back as stored). Lists and maps own one child (a map's is
/// its key/value entry struct), structs several.
/// </summary>
internal sealed record ReadNode(ReadNodeKind Kind, ArrowField Arrow, bool Nullable, IReadOnlyList<ReadNode> Children, DataField? Physical = null)
{
    /// <summary>The leaves under this node, depth-first (the order of the file's column chunks).</summary>
    public IEnumerable<ReadNode> Leaves() => Kind == ReadNodeKind.Leaf ? [this] : Children.SelectMany(c => c.Leaves());
}
