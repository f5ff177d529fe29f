namespace Lineage.Materializers.Checks;

/// <summary>A set of byte strings (row keys), looked up by span so that a key already present allocates nothing.</summary>
internal sealed class ByteKeySet
{
    private readonly HashSet<byte[]> _keys = new(ByteKeyComparer.Instance);

    public int Count => _keys.Count;

    /// <summary>Adds the key; false when it was already in the set.</summary>
    public bool Add(ReadOnlySpan<byte> key)
    {
        var lookup = _keys.GetAlternateLookup<ReadOnlySpan<byte>>();
        return !lookup.Contains(key) && lookup.Add(key);
    }

    public void Clear() => _keys.Clear();

    private sealed class ByteKeyComparer : IEqualityComparer<byte[]>, IAlternateEqualityComparer<ReadOnlySpan<byte>, byte[]>
    {
        public static readonly ByteKeyComparer Instance = new();

        public bool Equals(byte[]? x, byte[]? y) => x.AsSpan().SequenceEqual(y);

        public int GetHashCode(byte[] key) => GetHashCode(key.AsSpan());

        public bool Equals(ReadOnlySpan<byte> alternate, byte[] other) => alternate.SequenceEqual(other);

        public int GetHashCode(ReadOnlySpan<byte> alternate)
        {
            var hash = new HashCode();
            hash.AddBytes(alternate);
            return hash.ToHashCode();
        }

        public byte[] Create(ReadOnlySpan<byte> alternate) => alternate.ToArray();
    }
}
