using System.Buffers;
using Lineage.Lakehouse.Parquet.Data;
using Lineage.Lakehouse.Parquet.Encodings;
using Lineage.Lakehouse.Parquet.Metadata;

namespace Lineage.Lakehouse.Parquet.Writing;

/// <summary>
/// Values of BYTE_ARRAY and FIXED_LEN_BYTE_ARRAY columns. Bounds compare bytes unsigned (UTF-8 order), or as
/// big-endian two's complement for decimals.
/// </summary>
internal sealed class ByteArrayValueSink : IValueSink
{
    private readonly int? _fixedLength;
    private readonly bool _signed;
    private readonly ByteArrayDictionaryEncoder? _dictionary;
    private readonly ByteArrayBuffer _page = new();
    private int[] _indices = new int[1024];
    private bool _dictionaryFull;
    private byte[]? _min;
    private byte[]? _max;

    public ByteArrayValueSink(int? fixedLength, bool signed, bool dictionary, int dictionaryLimit)
    {
        _fixedLength = fixedLength;
        _signed = signed;
        _dictionary = dictionary ? new ByteArrayDictionaryEncoder(fixedLength, dictionaryLimit) : null;
    }

    public int PageBytes => _page.TotalBytes + (_fixedLength is null ? 4 * _page.Count : 0);

    public int DictionarySize => _dictionary?.Count ?? 0;

    public (byte[] Min, byte[] Max)? Bounds => _min is null ? null : (_min, _max!);

    public void Append(ColumnVector vector, ReadOnlySpan<int> indices)
    {
        var values = ((BinaryVector)vector).Values;
        if (_page.Count + indices.Length > _indices.Length)
            Array.Resize(ref _indices, Math.Max(_page.Count + indices.Length, _indices.Length * 2));
        foreach (var index in indices)
        {
            var value = values[index];
            if (_fixedLength is { } width && value.Length != width)
                throw new ArgumentException($"A fixed-width value has {value.Length} bytes, expected {width}.");
            if (UseDictionary && !_dictionary!.TryGetOrAdd(value, out _indices[_page.Count]))
                _dictionaryFull = true;
            _page.Add(value);
            if (_min is null || Compare(value, _min) < 0)
                _min = value.ToArray();
            if (_max is null || Compare(value, _max) > 0)
                _max = value.ToArray();
        }
    }

    public Encoding WritePage(IBufferWriter<byte> output)
    {
        var encoding = UseDictionary ? Encoding.RleDictionary : Encoding.Plain;
        if (UseDictionary)
            DictionaryIndices.Encode(_indices.AsSpan(0, _page.Count), _dictionary!.Count, output);
        else if (_fixedLength is { } width)
            PlainEncoder.WriteFixedLenByteArrays(_page, width, output);
        else
            PlainEncoder.WriteByteArrays(_page, output);
        _page.Clear();
        return encoding;
    }

    public void WriteDictionary(IBufferWriter<byte> output) => _dictionary?.WriteDictionaryPage(output);

    public void ResetChunk()
    {
        _dictionary?.Clear();
        _dictionaryFull = false;
        _min = _max = null;
    }

    private bool UseDictionary => _dictionary is not null && !_dictionaryFull;

    private int Compare(ReadOnlySpan<byte> left, ReadOnlySpan<byte> right)
    {
        if (_signed && left.Length > 0 && right.Length > 0 && (sbyte)left[0] != (sbyte)right[0])
            return ((sbyte)left[0]).CompareTo((sbyte)right[0]);
        return left.SequenceCompareTo(right);
    }
}
