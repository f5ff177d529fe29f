using System.Buffers;
using System.Numerics;
using System.Runtime.InteropServices;
using Lineage.Lakehouse.Parquet.Data;
using Lineage.Lakehouse.Parquet.Encodings;
using Lineage.Lakehouse.Parquet.Metadata;

namespace Lineage.Lakehouse.Parquet.Writing;

/// <summary>
/// Values of INT32, INT64, FLOAT and DOUBLE columns. While the dictionary is used a page holds only indices; the
/// values themselves are kept once the column falls back to PLAIN.
/// </summary>
internal sealed class NumericValueSink<T> : IValueSink
    where T : unmanaged, INumber<T>
{
    private readonly bool _dictionaryEnabled;
    private readonly int _dictionaryLimit;
    private DictionaryEncoder<T>? _dictionary;
    private bool _plain;
    private bool _chunkUsesDictionary;
    private T[] _page = new T[1024];
    private int[] _indices = new int[1024];
    private int _count;
    private int _lastIndex = -1;
    private T _last;
    private bool _hasBounds;
    private T _min;
    private T _max;

    public NumericValueSink(bool dictionary, int dictionaryLimit)
    {
        _dictionaryEnabled = dictionary;
        _dictionaryLimit = dictionaryLimit;
        _plain = !dictionary;
    }

    public int PageBytes => _count * Marshal.SizeOf<T>();

    public int DictionarySize => _chunkUsesDictionary ? _dictionary!.Count : 0;

    public (byte[] Min, byte[] Max)? Bounds => _hasBounds ? (Bytes(ZeroSigned(_min, negative: true)), Bytes(ZeroSigned(_max, negative: false))) : null;

    public void Append(ColumnVector vector, ReadOnlySpan<int> indices)
    {
        var values = ((PrimitiveVector<T>)vector).Values;
        Ensure(_count + indices.Length);
        foreach (var index in indices)
        {
            var value = values[index];
            if (!_plain)
            {
                _dictionary ??= new DictionaryEncoder<T>(_dictionaryLimit);
                // Values often repeat in runs: a repeat (bit for bit, as the dictionary compares) needs no hashing.
                if (_lastIndex >= 0 && SameBits(value, _last))
                {
                    _indices[_count++] = _lastIndex;
                    continue;
                }
                if (_dictionary.TryGetOrAdd(value, out _indices[_count]))
                {
                    (_lastIndex, _last) = (_indices[_count], value);
                }
                else
                {
                    FallBackToPlain();
                    _page[_count] = value;
                }
            }
            else
            {
                _page[_count] = value;
            }
            _count++;
            if (T.IsNaN(value))
                continue;
            if (!_hasBounds)
            {
                _min = _max = value;
                _hasBounds = true;
            }
            else if (value < _min)
                _min = value;
            else if (value > _max)
                _max = value;
        }
    }

    public Encoding WritePage(IBufferWriter<byte> output)
    {
        if (!_plain)
            _dictionary ??= new DictionaryEncoder<T>(_dictionaryLimit);
        // The first page tells whether the dictionary pays: values that rarely repeat are cheaper PLAIN, and do not
        // need a dictionary held (and probed) for the rest of the chunk.
        if (!_plain && !_chunkUsesDictionary && !DictionaryPays())
            FallBackToPlain();
        Encoding encoding;
        if (!_plain)
        {
            DictionaryIndices.Encode(_indices.AsSpan(0, _count), _dictionary!.Count, output);
            _chunkUsesDictionary = true;
            encoding = Encoding.RleDictionary;
        }
        else
        {
            PlainEncoder.WriteLittleEndian<T>(_page.AsSpan(0, _count), output);
            encoding = Encoding.Plain;
        }
        _count = 0;
        return encoding;
    }

    public void WriteDictionary(IBufferWriter<byte> output)
    {
        if (_chunkUsesDictionary)
            _dictionary!.WriteDictionaryPage(output);
    }

    public void ResetChunk()
    {
        _dictionary?.Clear();
        _lastIndex = -1;
        _plain = !_dictionaryEnabled;
        _chunkUsesDictionary = false;
        _hasBounds = false;
    }

    private bool DictionaryPays() => DictionaryIndices.Pays(_dictionary!.Count, _dictionary.EncodedByteSize, _count, PageBytes);

    /// <summary>Turns the open page's indices back into values and writes the rest of the chunk PLAIN.</summary>
    private void FallBackToPlain()
    {
        var dictionary = _dictionary!.Values;
        if (_page.Length < _indices.Length)
            Array.Resize(ref _page, _indices.Length);
        for (var i = 0; i < _count; i++)
            _page[i] = dictionary[_indices[i]];
        _plain = true;
        _lastIndex = -1;
        // A dictionary no page refers to is dropped now rather than held until the chunk is written.
        if (!_chunkUsesDictionary)
            _dictionary = null;
    }

    /// <summary>Room for <paramref name="needed"/> values in the page: as indices while the dictionary is used, else as values.</summary>
    private void Ensure(int needed)
    {
        if (_plain && needed > _page.Length)
            Array.Resize(ref _page, Math.Max(needed, _page.Length * 2));
        if (!_plain && needed > _indices.Length)
            Array.Resize(ref _indices, Math.Max(needed, _indices.Length * 2));
    }

    private static bool SameBits(T a, T b) =>
        MemoryMarshal.AsBytes(new ReadOnlySpan<T>(in a)).SequenceEqual(MemoryMarshal.AsBytes(new ReadOnlySpan<T>(in b)));

    /// <summary>The format asks for -0.0 as a minimum and +0.0 as a maximum when the bound is a zero.</summary>
    private static T ZeroSigned(T value, bool negative) =>
        T.IsZero(value) ? (negative ? -T.Zero : T.Zero) : value;

    private static byte[] Bytes(T value) => MemoryMarshal.AsBytes(new ReadOnlySpan<T>(in value)).ToArray();
}
