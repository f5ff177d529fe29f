using System.Buffers;
using System.Runtime.CompilerServices;

namespace Lineage.Lakehouse.Parquet.Encodings;

/// <summary>
/// Builds the dictionary of an INT32, INT64, FLOAT or DOUBLE column chunk. Values are told apart by their bits,
/// as Parquet writers do: 0.0 and -0.0 are two entries, and so are NaNs with different payloads.
/// </summary>
public sealed class DictionaryEncoder<T> : IDictionaryEncoder
    where T : unmanaged
{
    /// <summary>The dictionary page size past which writers usually fall back to PLAIN: 1 MiB.</summary>
    public const int DefaultMaxEncodedByteSize = 1 << 20;

    private T[] _values = new T[64];
    private readonly OpenAddressingSlots _slots = new();

    public DictionaryEncoder(long maxEncodedByteSize = DefaultMaxEncodedByteSize)
    {
        if (typeof(T) != typeof(int) && typeof(T) != typeof(long) && typeof(T) != typeof(float) && typeof(T) != typeof(double))
            throw new NotSupportedException($"Dictionaries of {typeof(T).Name} are not supported: use int, long, float or double.");
        ArgumentOutOfRangeException.ThrowIfNegative(maxEncodedByteSize);
        MaxEncodedByteSize = maxEncodedByteSize;
    }

    public int Count { get; private set; }

    public long EncodedByteSize => (long)Count * Unsafe.SizeOf<T>();

    public long MaxEncodedByteSize { get; }

    /// <summary>The values in index order.</summary>
    public ReadOnlySpan<T> Values => _values.AsSpan(0, Count);

    /// <summary>The index of <paramref name="value"/>, added to the dictionary if new.</summary>
    public int GetOrAdd(T value)
    {
        var bits = Bits(value);
        var hash = Hash(bits);
        for (var slot = _slots.First(hash); ; slot = _slots.Next(slot))
        {
            var entry = _slots[slot];
            if (entry < 0)
                return Add(value, hash, slot);
            if (Bits(_values[entry]) == bits)
                return entry;
        }
    }

    /// <summary>
    /// Like <see cref="GetOrAdd"/>, but returns false (adding nothing) when a new value would make the dictionary
    /// page larger than <see cref="MaxEncodedByteSize"/>.
    /// </summary>
    public bool TryGetOrAdd(T value, out int index)
    {
        var bits = Bits(value);
        var hash = Hash(bits);
        for (var slot = _slots.First(hash); ; slot = _slots.Next(slot))
        {
            var entry = _slots[slot];
            if (entry < 0)
            {
                if (EncodedByteSize + Unsafe.SizeOf<T>() > MaxEncodedByteSize)
                {
                    index = -1;
                    return false;
                }
                index = Add(value, hash, slot);
                return true;
            }
            if (Bits(_values[entry]) == bits)
            {
                index = entry;
                return true;
            }
        }
    }

    public int WriteDictionaryPage(IBufferWriter<byte> output) => PlainEncoder.WriteLittleEndian(Values, output);

    public void Clear()
    {
        Count = 0;
        _slots.Clear();
    }

    private int Add(T value, int hash, int slot)
    {
        if (Count == _values.Length)
            Array.Resize(ref _values, checked(_values.Length * 2));
        var index = Count++;
        _values[index] = value;
        _slots.Set(slot, index, hash, Count);
        return index;
    }

    private static ulong Bits(T value) =>
        Unsafe.SizeOf<T>() == 4 ? Unsafe.As<T, uint>(ref value) : Unsafe.As<T, ulong>(ref value);

    private static int Hash(ulong bits) => (int)((bits * 0x9E3779B97F4A7C15UL) >> 32);
}
