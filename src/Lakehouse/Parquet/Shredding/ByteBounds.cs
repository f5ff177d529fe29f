namespace Lineage.Lakehouse.Parquet.Shredding;

/// <summary>
/// The running minimum and maximum of byte strings in unsigned byte order (UTF-8 strings, binary, uuids). A new
/// extreme is copied into the room the previous one had when it fits: ascending row ids set a new maximum each row.
/// </summary>
internal struct ByteBounds
{
    private byte[]? _min;
    private byte[]? _max;
    private int _minLength;
    private int _maxLength;

    public void Add(ReadOnlySpan<byte> value)
    {
        if (_min is null || value.SequenceCompareTo(_min.AsSpan(0, _minLength)) < 0)
            Keep(value, ref _min, ref _minLength);
        if (_max is null || value.SequenceCompareTo(_max.AsSpan(0, _maxLength)) > 0)
            Keep(value, ref _max, ref _maxLength);
    }

    public readonly (byte[] Lower, byte[] Upper)? Range =>
        _min is null ? null : (_min.AsSpan(0, _minLength).ToArray(), _max!.AsSpan(0, _maxLength).ToArray());

    private static void Keep(ReadOnlySpan<byte> value, ref byte[]? room, ref int length)
    {
        if (room is null || room.Length < value.Length)
            room = new byte[Math.Max(value.Length, 16)];
        value.CopyTo(room);
        length = value.Length;
    }
}
