using System.Buffers;
using Lineage.Lakehouse.Parquet.Data;
using Lineage.Lakehouse.Parquet.Encodings;
using Lineage.Lakehouse.Parquet.Metadata;

namespace Lineage.Lakehouse.Parquet.Writing;

/// <summary>
/// Values of BYTE_ARRAY and FIXED_LEN_BYTE_ARRAY columns. Bounds compare bytes unsigned (UTF-8 order), or as
/// big-endian two's complement for decimals. While the dictionary is used a page holds only indices; the values
/// themselves are kept once the column falls back to PLAIN.
/// </summary>
internal sealed class ByteArrayValueSink : IValueSink
{
    private readonly int? _fixedLength;
    private readonly bool _signed;
    private readonly bool _dictionaryEnabled;
    private readonly int _dictionaryLimit;
    private ByteArrayDictionaryEncoder? _dictionary;
    private readonly ByteArrayBuffer _page = new();
    private int[] _indices = new int[1024];
    private int _count;
    private int _lastIndex = -1;
    private long _valueBytes;
    private bool _plain;
    private bool _chunkUsesDictionary;
    private byte[]? _min;
    private byte[]? _max;

    public ByteArrayValueSink(int? fixedLength, bool signed, bool dictionary, int dictionaryLimit)
    {
        _fixedLength = fixedLength;
        _signed = signed;
        _dictionaryEnabled = dictionary;
        _dictionaryLimit = dictionaryLimit;
        _plain = !dictionary;
    }

    public int PageBytes => (int)Math.Min(int.MaxValue, _valueBytes + (_fixedLength is null ? 4L * _count : 0));

    public int DictionarySize => _chunkUsesDictionary ? _dictionary!.Count : 0;

    public (byte[] Min, byte[] Max)? Bounds => _min is null ? null : (_min, _max!);

    public void Append(ColumnVector vector, ReadOnlySpan<int> indices)
    {
        var values = ((BinaryVector)vector).Values;
        if (!_plain && _count + indices.Length > _indices.Length)
            Array.Resize(ref _indices, Math.Max(_count + indices.Length, _indices.Length * 2));
        foreach (var index in indices)
        {
            var value = values[index];
            if (_fixedLength is { } width && value.Length != width)
                throw new ArgumentException($"A fixed-width value has {value.Length} bytes, expected {width}.");
            if (!_plain)
            {
                _dictionary ??= new ByteArrayDictionaryEncoder(_fixedLength, _dictionaryLimit);
                // Values often repeat in runs (an experiment's id on each of its rows): a repeat needs no hashing.
                if (_lastIndex >= 0 && value.SequenceEqual(_dictionary[_lastIndex]))
                {
                    _indices[_count++] = _lastIndex;
                    _valueBytes += value.Length;
                    continue;
                }
                if (_dictionary.TryGetOrAdd(value, out _indices[_count]))
                {
                    _lastIndex = _indices[_count];
                    _count++;
                    _valueBytes += value.Length;
                    UpdateBounds(value);
                    continue;
                }
                FallBackToPlain();
            }
            _page.Add(value);
            _count++;
            _valueBytes += value.Length;
            UpdateBounds(value);
        }
    }

    public Encoding WritePage(IBufferWriter<byte> output)
    {
        // The first page tells whether the dictionary pays: values that rarely repeat are cheaper PLAIN, and do not
        // need a dictionary held (and probed) for the rest of the chunk.
        if (!_plain)
            _dictionary ??= new ByteArrayDictionaryEncoder(_fixedLength, _dictionaryLimit);
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
            if (_fixedLength is { } width)
                PlainEncoder.WriteFixedLenByteArrays(_page, width, output);
            else
                PlainEncoder.WriteByteArrays(_page, output);
            encoding = Encoding.Plain;
        }
        _page.Clear();
        _count = 0;
        _valueBytes = 0;
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
        _min = _max = null;
    }

    private bool DictionaryPays() => DictionaryIndices.Pays(_dictionary!.Count, _dictionary.EncodedByteSize, _count, PageBytes);

    /// <summary>Turns the open page's indices back into values and writes the rest of the chunk PLAIN.</summary>
    private void FallBackToPlain()
    {
        for (var i = 0; i < _count; i++)
            _page.Add(_dictionary![_indices[i]]);
        _plain = true;
        _lastIndex = -1;
        // A dictionary no page refers to is dropped now rather than held until the chunk is written.
        if (!_chunkUsesDictionary)
            _dictionary = null;
    }

    private void UpdateBounds(ReadOnlySpan<byte> value)
    {
        if (_min is null || Compare(value, _min) < 0)
            _min = value.ToArray();
        if (_max is null || Compare(value, _max) > 0)
            _max = value.ToArray();
    }

    private int Compare(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right)
    {
        if (_signed && left.Length > 0 && right.Length > 0 && (sbyte)left[0] != (sbyte)right[0])
            return ((sbyte)left[0]).CompareTo((sbyte)right[0]);
        return left.SequenceCompareTo(right);
    }
}
