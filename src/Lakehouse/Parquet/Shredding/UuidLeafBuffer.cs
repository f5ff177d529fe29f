using Apache.Arrow.Arrays;
using Apache.Arrow;

namespace Lineage.Lakehouse.Parquet.Shredding;

/// <summary>Uuids: Arrow holds the 16 big-endian bytes Parquet stores; Parquet.Net takes them as <see cref="Guid"/>.</summary>
internal sealed class UuidLeafBuffer(LeafPlan plan) : TypedLeafBuffer<Guid>(plan)
{
    private ByteBounds _bounds;

    public override void Gather(IArrowArray leaf, ReadOnlySpan<int> indices)
    {
        var uuids = (FixedSizeBinaryArray)leaf;
        var target = Reserve(indices.Length);
        for (var i = 0; i < indices.Length; i++)
            target[i] = Add(uuids.GetBytes(indices[i]));
        Commit(indices.Length);
    }

    public override void GatherRange(IArrowArray leaf, int start, int count)
    {
        var uuids = (FixedSizeBinaryArray)leaf;
        var target = Reserve(count);
        for (var i = 0; i < count; i++)
            target[i] = Add(uuids.GetBytes(start + i));
        Commit(count);
    }

    public override (byte[] Lower, byte[] Upper)? Bounds() => _bounds.Range;

    private Guid Add(ReadOnlySpan<byte> bytes)
    {
        if (Plan.IsTopLevel)
            _bounds.Add(bytes);
        return new Guid(bytes, bigEndian: true);
    }
}
