using System.Text;
using Apache.Arrow;

namespace Lineage.Lakehouse.Parquet.Shredding;

/// <summary>Strings: Parquet.Net takes UTF-16 slices (and dictionary-encodes them); bounds compare the UTF-8 bytes.</summary>
internal sealed class StringLeafBuffer(LeafPlan plan) : ByteValuesLeafBuffer<ReadOnlyMemory<char>, StringArray>(plan)
{
    private readonly Arena<char> _chars = new();
    private ByteBounds _bounds;
    private long _bytes;

    protected override long ValueBytes => _bytes + ValueCount * 16L;

    public override (byte[] Lower, byte[] Upper)? Bounds() => _bounds.Range;

    public override void Clear()
    {
        base.Clear();
        _chars.Clear();
        _bytes = 0;
    }

    protected override ReadOnlySpan<byte> BytesAt(StringArray array, int index) => array.GetBytes(index);

    protected override ReadOnlyMemory<char> Add(ReadOnlySpan<byte> utf8)
    {
        if (Plan.IsTopLevel)
            _bounds.Add(utf8);
        _bytes += utf8.Length;
        if (utf8.IsEmpty)
            return ReadOnlyMemory<char>.Empty;
        var chars = _chars.Allocate(Encoding.UTF8.GetCharCount(utf8));
        Encoding.UTF8.GetChars(utf8, chars.Span);
        return chars;
    }
}
