namespace Lineage.Materializers.Checks;

/// <summary>
/// A set of byte strings (row keys), looked up by span. The keys' bytes sit end to end in one buffer that
/// <see cref="Clear"/> reuses, so adding a key allocates nothing once the buffer has grown to the largest set.
/// </summary>
internal sealed class ByteKeySet
{
    private readonly HashSet<Segment> _keys;
    private byte[] _bytes = new byte[4096];
    private int _used;

    public ByteKeySet() => _keys = new HashSet<Segment>(new SegmentComparer(this));

    public int Count => _keys.Count;

    /// <summary>Adds the key; false when it was already in the set.</summary>
    public bool Add(ReadOnlySpan<byte> key) => _keys.GetAlternateLookup<ReadOnlySpan<byte>>().Add(key);

    public void Clear()
    {
        _keys.Clear();
        _used = 0;
    }

    private ReadOnlySpan<byte> Bytes(Segment segment) => _bytes.AsSpan(segment.Start, segment.Length);

    private Segment Store(ReadOnlySpan<byte> key)
    {
        if (_used + key.Length > _bytes.Length)
            Array.Resize(ref _bytes, Math.Max(_bytes.Length * 2, _used + key.Length));
        key.CopyTo(_bytes.AsSpan(_used));
        var segment = new Segment(_used, key.Length);
        _used += key.Length;
        return segment;
    }

    private readonly record struct Segment(int Start, int Length);

    private sealed class SegmentComparer(ByteKeySet set) : IEqualityComparer<Segment>, IAlternateEqualityComparer<ReadOnlySpan<byte>, Segment>
    {
        public bool Equals(Segment x, Segment y) => set.Bytes(x).SequenceEqual(set.Bytes(y));

        public int GetHashCode(Segment key) => GetHashCode(set.Bytes(key));

        public bool Equals(ReadOnlySpan<byte> alternate, Segment other) => alternate.SequenceEqual(set.Bytes(other));

        public int GetHashCode(ReadOnlySpan<byte> alternate)
        {
            var hash = new HashCode();
            hash.AddBytes(alternate);
            return hash.ToHashCode();
        }

        public Segment Create(ReadOnlySpan<byte> alternate) => set.Store(alternate);
    }
}
