namespace Lineage.Lakehouse.Parquet.Encodings;

/// <summary>
/// The hash table of the dictionary encoders: slots holding entry indices (-1 when empty) with their hashes,
/// probed linearly and kept at most half full. The entries themselves live with the encoder.
/// </summary>
internal sealed class OpenAddressingSlots
{
    private int[] _entries = NewEntries(128);
    private int[] _hashes = new int[128];

    public int this[int slot] => _entries[slot];

    public int HashAt(int slot) => _hashes[slot];

    public int First(int hash) => hash & (_entries.Length - 1);

    public int Next(int slot) => (slot + 1) & (_entries.Length - 1);

    /// <summary>Puts entry <paramref name="index"/> in an empty <paramref name="slot"/>; <paramref name="count"/> is the new entry count.</summary>
    public void Set(int slot, int index, int hash, int count)
    {
        _entries[slot] = index;
        _hashes[slot] = hash;
        if ((long)count * 2 > _entries.Length)
            Grow();
    }

    public void Clear() => Array.Fill(_entries, -1);

    private void Grow()
    {
        var oldEntries = _entries;
        var oldHashes = _hashes;
        _entries = NewEntries(checked(oldEntries.Length * 2));
        _hashes = new int[_entries.Length];
        for (var i = 0; i < oldEntries.Length; i++)
        {
            if (oldEntries[i] < 0)
                continue;
            var slot = First(oldHashes[i]);
            while (_entries[slot] >= 0)
                slot = Next(slot);
            _entries[slot] = oldEntries[i];
            _hashes[slot] = oldHashes[i];
        }
    }

    private static int[] NewEntries(int length)
    {
        var entries = new int[length];
        Array.Fill(entries, -1);
        return entries;
    }
}
