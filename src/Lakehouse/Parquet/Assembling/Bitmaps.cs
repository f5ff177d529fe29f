using Apache.Arrow;

namespace Lineage.Lakehouse.Parquet.Assembling;

/// <summary>Arrow validity bitmaps (bit set = valid, least significant bit first); empty when nothing is null.</summary>
internal static class Bitmaps
{
    public static ArrowBuffer From(ReadOnlySpan<bool> valid, int nullCount)
    {
        if (nullCount == 0)
            return ArrowBuffer.Empty;
        var bits = new byte[(valid.Length + 7) / 8];
        for (var i = 0; i < valid.Length; i++)
        {
            if (valid[i])
                bits[i >> 3] |= (byte)(1 << (i & 7));
        }
        return ArrayBuffers.Of(bits);
    }

    /// <summary>The bitmap of a leaf's slots: a slot is valid when it has a value.</summary>
    public static ArrowBuffer From(LeafSlots slots)
    {
        if (slots.Nulls == 0)
            return ArrowBuffer.Empty;
        var bits = new byte[(slots.Length + 7) / 8];
        var indices = slots.Indices!;
        for (var i = 0; i < slots.Length; i++)
        {
            if (indices[i] >= 0)
                bits[i >> 3] |= (byte)(1 << (i & 7));
        }
        return ArrayBuffers.Of(bits);
    }
}
