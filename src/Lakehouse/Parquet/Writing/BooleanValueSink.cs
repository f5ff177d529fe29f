using System.Buffers;
using Lineage.Lakehouse.Parquet.Data;
using Lineage.Lakehouse.Parquet.Encodings;
using Lineage.Lakehouse.Parquet.Metadata;

namespace Lineage.Lakehouse.Parquet.Writing;

/// <summary>Values of BOOLEAN columns: PLAIN bit-packed, no dictionary.</summary>
internal sealed class BooleanValueSink : IValueSink
{
    private bool[] _page = new bool[1024];
    private int _count;
    private bool _seenFalse;
    private bool _seenTrue;

    public int PageBytes => (_count + 7) / 8;

    public int DictionarySize => 0;

    public (byte[] Min, byte[] Max)? Bounds =>
        _seenFalse || _seenTrue ? ([(byte)(_seenFalse ? 0 : 1)], [(byte)(_seenTrue ? 1 : 0)]) : null;

    public void Append(ColumnVector vector, ReadOnlySpan<int> indices)
    {
        var values = ((PrimitiveVector<bool>)vector).Values;
        if (_count + indices.Length > _page.Length)
            Array.Resize(ref _page, Math.Max(_count + indices.Length, _page.Length * 2));
        foreach (var index in indices)
        {
            var value = values[index];
            _page[_count++] = value;
            if (value) _seenTrue = true;
            else _seenFalse = true;
        }
    }

    public Encoding WritePage(IBufferWriter<byte> output)
    {
        PlainEncoder.Write(_page.AsSpan(0, _count), output);
        _count = 0;
        return Encoding.Plain;
    }

    public void WriteDictionary(IBufferWriter<byte> output)
    {
    }

    public void ResetChunk() => _seenFalse = _seenTrue = false;
}
