using System.Buffers;

namespace Lineage.Lakehouse.Parquet.Encodings;

/// <summary>
/// Builds the dictionary of a BYTE_ARRAY column chunk, or of a FIXED_LEN_BYTE_ARRAY one when given the width.
/// Values are hashed and compared as bytes and copied once into a <see cref="ByteArrayBuffer"/>.
/// </summary>
public sealed class ByteArrayDictionaryEncoder : IDictionaryEncoder
{
    private readonly ByteArrayBuffer _values = new();
    private readonly OpenAddressingSlots _slots = new();
    private readonly int? _fixedLength;

    /// <param name="fixedLength">The width of a FIXED_LEN_BYTE_ARRAY column; null for BYTE_ARRAY.</param>
    /// <param name="maxEncodedByteSize">The dictionary page size past which <see cref="TryGetOrAdd"/> refuses new values.</param>
    public ByteArrayDictionaryEncoder(int? fixedLength = null, long maxEncodedByteSize = DictionaryEncoder<int>.DefaultMaxEncodedByteSize)
    {
        if (fixedLength is <= 0)
            throw new ArgumentOutOfRangeException(nameof(fixedLength), fixedLength, "A fixed length must be positive.");
        ArgumentOutOfRangeException.ThrowIfNegative(maxEncodedByteSize);
        _fixedLength = fixedLength;
        MaxEncodedByteSize = maxEncodedByteSize;
    }

    public int Count => _values.Count;

    public long EncodedByteSize => EncodedSizeOf(Count, _values.TotalBytes);

    public long MaxEncodedByteSize { get; }

    /// <summary>The value with index <paramref name="index"/>.</summary>
    public ReadOnlySpan<byte> this[int index] => _values[index];

    /// <summary>The index of <paramref name="value"/>, added to the dictionary if new.</summary>
    public int GetOrAdd(ReadOnlySpan<byte> value)
    {
        TryGetOrAdd(value, long.MaxValue, out var index);
        return index;
    }

    /// <summary>
    /// Like <see cref="GetOrAdd"/>, but returns false (adding nothing) when a new value would make the dictionary
    /// page larger than <see cref="MaxEncodedByteSize"/>.
    /// </summary>
    public bool TryGetOrAdd(ReadOnlySpan<byte> value, out int index) => TryGetOrAdd(value, MaxEncodedByteSize, out index);

    public int WriteDictionaryPage(IBufferWriter<byte> output) => _fixedLength is { } width
        ? PlainEncoder.WriteFixedLenByteArrays(_values, width, output)
        : PlainEncoder.WriteByteArrays(_values, output);

    public void Clear()
    {
        _values.Clear();
        _slots.Clear();
    }

    private bool TryGetOrAdd(ReadOnlySpan<byte> value, long maxEncodedByteSize, out int index)
    {
        if (_fixedLength is { } width && value.Length != width)
            throw new ArgumentException($"The value is {value.Length} bytes long; this FIXED_LEN_BYTE_ARRAY column takes {width}-byte values.", nameof(value));
        var hash = Hash(value);
        for (var slot = _slots.First(hash); ; slot = _slots.Next(slot))
        {
            var entry = _slots[slot];
            if (entry < 0)
            {
                if (EncodedSizeOf(Count + 1, (long)_values.TotalBytes + value.Length) > maxEncodedByteSize)
                {
                    index = -1;
                    return false;
                }
                _values.Add(value);
                index = Count - 1;
                _slots.Set(slot, index, hash, Count);
                return true;
            }
            if (_slots.HashAt(slot) == hash && value.SequenceEqual(_values[entry]))
            {
                index = entry;
                return true;
            }
        }
    }

    private long EncodedSizeOf(int count, long totalBytes) => _fixedLength is null ? 4L * count + totalBytes : totalBytes;

    private static int Hash(ReadOnlySpan<byte> value)
    {
        var hash = new HashCode();
        hash.AddBytes(value);
        return hash.ToHashCode();
    }
}
