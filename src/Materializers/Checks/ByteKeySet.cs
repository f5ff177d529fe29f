using System.IO.Hashing;

namespace Lineage.Materializers.Checks;

/// <summary>
/// A set of byte strings (row keys), looked up by span, that keeps only each key's 128-bit XxHash in an open-addressed
/// table: about 21 bytes a key whatever its length, so one long raw record's millions of keys take tens of MB. Two
/// different keys would have to share all 128 bits to be taken for one (about one chance in 10^25 for a million keys).
/// </summary>
internal sealed class ByteKeySet
{
    private const int SmallestTable = 1024;

    // Slot value 0 marks an empty slot; a key whose hash is 0 is stored as 1 (one more chance in 2^128 of a false match).
    private UInt128[] _slots = new UInt128[SmallestTable];

    public int Count { get; private set; }

    /// <summary>Adds the key; false when it was already in the set.</summary>
    public bool Add(ReadOnlySpan<byte> key)
    {
        var hash = XxHash128.HashToUInt128(key);
        if (hash == UInt128.Zero)
            hash = UInt128.One;
        if ((Count + 1) * 4L > _slots.Length * 3L)
            Grow();
        if (!Insert(_slots, hash))
            return false;
        Count++;
        return true;
    }

    /// <summary>Empties the set; a table grown for one huge set is dropped rather than wiped for every small one after it.</summary>
    public void Clear()
    {
        if (_slots.Length > SmallestTable * 4 && _slots.Length > Count * 8L)
            _slots = new UInt128[SmallestTable];
        else
            Array.Clear(_slots);
        Count = 0;
    }

    private static bool Insert(UInt128[] slots, UInt128 hash)
    {
        var mask = slots.Length - 1;
        for (var i = (int)((ulong)hash & (ulong)mask); ; i = (i + 1) & mask)
        {
            if (slots[i] == UInt128.Zero)
            {
                slots[i] = hash;
                return true;
            }
            if (slots[i] == hash)
                return false;
        }
    }

    private void Grow()
    {
        var grown = new UInt128[_slots.Length * 2];
        foreach (var hash in _slots)
            if (hash != UInt128.Zero)
                Insert(grown, hash);
        _slots = grown;
    }
}
