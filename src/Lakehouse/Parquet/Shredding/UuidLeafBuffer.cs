namespace Lineage.Lakehouse.Parquet.Shredding;

/// <summary>Uuids: Arrow holds the 16 big-endian bytes Parquet stores; Parquet.Net takes them as <see cref="Guid"/>.</summary>
internal sealed class UuidLeafBuffer(LeafPlan plan) : ByteValuesLeafBuffer<Guid>(plan)
{
    private ByteBounds _bounds;

    public override (byte[] Lower, byte[] Upper)? Bounds() => _bounds.Range;

    protected override Guid Add(ReadOnlySpan<byte> bytes)
    {
        if (Plan.IsTopLevel)
            _bounds.Add(bytes);
        return new Guid(bytes, bigEndian: true);
    }
}
