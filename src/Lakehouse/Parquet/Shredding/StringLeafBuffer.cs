using System.Text;
using Apache.Arrow;

namespace Lineage.Lakehouse.Parquet.Shredding;

/// <summary>Strings: Parquet.Net takes UTF-16 slices (and dictionary-encodes them); bounds compare the UTF-8 bytes.</summary>
internal sealed class StringLeafBuffer(LeafPlan plan) : TypedLeafBuffer<ReadOnlyMemory<char>>(plan)
{
    private readonly Arena<char> _chars = new();
    private ByteBounds _bounds;
    private long _bytes;

    protected override long ValueBytes => _bytes + ValueCount * 16L;

    public override void Gather(IArrowArray leaf, ReadOnlySpan<int> indices)
    {
        var strings = (StringArray)leaf;
        var target = Reserve(indices.Length);
        for (var i = 0; i < indices.Length; i++)
            target[i] = Add(strings.GetBytes(indices[i]));
        Commit(indices.Length);
    }

    public override void GatherRange(IArrowArray leaf, int start, int count)
    {
        var strings = (StringArray)leaf;
        var target = Reserve(count);
        for (var i = 0; i < count; i++)
            target[i] = Add(strings.GetBytes(start + i));
        Commit(count);
    }

    public override (byte[] Lower, byte[] Upper)? Bounds() => _bounds.Range;

    public override void Clear()
    {
        base.Clear();
        _chars.Clear();
        _bytes = 0;
    }

    private ReadOnlyMemory<char> Add(ReadOnlySpan<byte> utf8)
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
