using Apache.Arrow;

namespace Lineage.Lakehouse.Parquet.Shredding;

/// <summary>Binary values, copied (the caller may release the batch's buffers once it is written).</summary>
internal sealed class BinaryLeafBuffer(LeafPlan plan) : TypedLeafBuffer<ReadOnlyMemory<byte>>(plan)
{
    private readonly Arena<byte> _bytes = new();
    private ByteBounds _bounds;
    private long _length;

    protected override long ValueBytes => _length + ValueCount * 16L;

    public override void Gather(IArrowArray leaf, ReadOnlySpan<int> indices)
    {
        var binary = (BinaryArray)leaf;
        var target = Reserve(indices.Length);
        for (var i = 0; i < indices.Length; i++)
            target[i] = Add(binary.GetBytes(indices[i]));
        Commit(indices.Length);
    }

    public override void GatherRange(IArrowArray leaf, int start, int count)
    {
        var binary = (BinaryArray)leaf;
        var target = Reserve(count);
        for (var i = 0; i < count; i++)
            target[i] = Add(binary.GetBytes(start + i));
        Commit(count);
    }

    public override (byte[] Lower, byte[] Upper)? Bounds() => _bounds.Range;

    public override void Clear()
    {
        base.Clear();
        _bytes.Clear();
        _length = 0;
    }

    private ReadOnlyMemory<byte> Add(ReadOnlySpan<byte> value)
    {
        if (Plan.IsTopLevel)
            _bounds.Add(value);
        _length += value.Length;
        if (value.IsEmpty)
            return ReadOnlyMemory<byte>.Empty;
        var copy = _bytes.Allocate(value.Length);
        value.CopyTo(copy.Span);
        return copy;
    }
}
