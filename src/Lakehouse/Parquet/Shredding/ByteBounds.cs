namespace Lineage.Lakehouse.Parquet.Shredding;

/// <summary>The running minimum and maximum of byte strings in unsigned byte order (UTF-8 strings, binary, uuids).</summary>
internal struct ByteBounds
{
    private byte[]? _min;
    private byte[]? _max;

    public void Add(ReadOnlySpan<byte> value)
    {
        if (_min is null || value.SequenceCompareTo(_min) < 0)
            _min = value.ToArray();
        if (_max is null || value.SequenceCompareTo(_max) > 0)
            _max = value.ToArray();
    }

    public readonly (byte[] Lower, byte[] Upper)? Range => _min is null ? null : (_min, _max!);
}
