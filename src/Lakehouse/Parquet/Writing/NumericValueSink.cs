using System.Buffers;
using System.Numerics;
using System.Runtime.InteropServices;
using Lineage.Lakehouse.Parquet.Data;
using Lineage.Lakehouse.Parquet.Encodings;
using Lineage.Lakehouse.Parquet.Metadata;

namespace Lineage.Lakehouse.Parquet.Writing;

/// <summary>Values of INT32, INT64, FLOAT and DOUBLE columns.</summary>
internal sealed class NumericValueSink<T> : IValueSink
    where T : unmanaged, INumber<T>
{
    private readonly DictionaryEncoder<T>? _dictionary;
    private bool _dictionaryFull;
    private T[] _page = new T[1024];
    private int[] _indices = new int[1024];
    private int _count;
    private bool _hasBounds;
    private T _min;
    private T _max;

    public NumericValueSink(bool dictionary, int dictionaryLimit) =>
        _dictionary = dictionary ? new DictionaryEncoder<T>(dictionaryLimit) : null;

    public int PageBytes => _count * Marshal.SizeOf<T>();

    public int DictionarySize => _dictionary?.Count ?? 0;

    public (byte[] Min, byte[] Max)? Bounds => _hasBounds ? (Bytes(ZeroSigned(_min, negative: true)), Bytes(ZeroSigned(_max, negative: false))) : null;

    public void Append(ColumnVector vector, ReadOnlySpan<int> indices)
    {
        var values = ((PrimitiveVector<T>)vector).Values;
        Ensure(_count + indices.Length);
        foreach (var index in indices)
        {
            var value = values[index];
            _page[_count] = value;
            if (UseDictionary && !_dictionary!.TryGetOrAdd(value, out _indices[_count]))
                _dictionaryFull = true;
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
        var encoding = UseDictionary ? Encoding.RleDictionary : Encoding.Plain;
        if (UseDictionary)
            DictionaryIndices.Encode(_indices.AsSpan(0, _count), _dictionary!.Count, output);
        else
            PlainEncoder.WriteLittleEndian<T>(_page.AsSpan(0, _count), output);
        _count = 0;
        return encoding;
    }

    public void WriteDictionary(IBufferWriter<byte> output) => _dictionary?.WriteDictionaryPage(output);

    public void ResetChunk()
    {
        _dictionary?.Clear();
        _dictionaryFull = false;
        _hasBounds = false;
    }

    /// <summary>A page that saw the dictionary fill up is written PLAIN, and so is the rest of the chunk.</summary>
    private bool UseDictionary => _dictionary is not null && !_dictionaryFull;

    private void Ensure(int needed)
    {
        if (needed <= _page.Length)
            return;
        var size = Math.Max(needed, _page.Length * 2);
        Array.Resize(ref _page, size);
        Array.Resize(ref _indices, size);
    }

    /// <summary>The format asks for -0.0 as a minimum and +0.0 as a maximum when the bound is a zero.</summary>
    private static T ZeroSigned(T value, bool negative) =>
        T.IsZero(value) ? (negative ? -T.Zero : T.Zero) : value;

    private static byte[] Bytes(T value) => MemoryMarshal.AsBytes(new ReadOnlySpan<T>(in value)).ToArray();
}
