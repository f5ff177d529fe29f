using Apache.Arrow;

namespace Lineage.Lakehouse.Parquet.Assembling;

/// <summary>Arrow validity bitmaps (bit set = valid, least significant bit first); empty when nothing is null.</summary>
internal static class Bitmaps
{
    public static ArrowBuffer From(IReadOnlyList<bool> valid, out int nullCount)
    {
        nullCount = 0;
        foreach (var v in valid)
        {
            if (!v)
                nullCount++;
        }
        if (nullCount == 0)
            return ArrowBuffer.Empty;
        var bits = new byte[(valid.Count + 7) / 8];
        for (var i = 0; i < valid.Count; i++)
        {
            if (valid[i])
                bits[i >> 3] |= (byte)(1 << (i & 7));
        }
        return new ArrowBuffer(bits);
    }

    /// <summary>The bitmap of slots whose value index is not -1.</summary>
    public static ArrowBuffer FromSlots(ReadOnlySpan<int> slots, out int nullCount)
    {
        nullCount = 0;
        foreach (var slot in slots)
        {
            if (slot < 0)
                nullCount++;
        }
        if (nullCount == 0)
            return ArrowBuffer.Empty;
        var bits = new byte[(slots.Length + 7) / 8];
        for (var i = 0; i < slots.Length; i++)
        {
            if (slots[i] >= 0)
                bits[i >> 3] |= (byte)(1 << (i & 7));
        }
        return new ArrowBuffer(bits);
    }
}
