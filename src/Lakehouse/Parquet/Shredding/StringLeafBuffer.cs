using System.Text;
using Parquet;

namespace Lineage.Lakehouse.Parquet.Shredding;

/// <summary>
/// Strings, held as their UTF-8 bytes. A column whose values repeat is written through Parquet.Net's string field,
/// which dictionary-encodes it (Parquet.Net takes UTF-16 slices there, decoded only while the chunk is written); a
/// column of mostly distinct values is written as UTF-8 byte arrays, with the chunk's statistics set afterwards
/// (Parquet.Net computes none for byte arrays). Bounds compare the UTF-8 bytes, the order Parquet gives strings.
/// </summary>
internal sealed class StringLeafBuffer(LeafPlan plan) : ByteValuesLeafBuffer<ReadOnlyMemory<byte>>(plan)
{
    /// <summary>Values looked at to tell whether a column repeats enough for a dictionary.</summary>
    private const int RepetitionSample = 4096;

    private readonly Arena<byte> _bytes = new();
    private readonly Arena<char> _chars = new();
    private readonly Dictionary<ReadOnlyMemory<byte>, ReadOnlyMemory<char>> _decoded = new(Utf8Comparer.Instance);
    private ReadOnlyMemory<char>[] _text = [];
    private ByteBounds _fileBounds;
    private ByteBounds _chunkBounds;
    private long _length;

    protected override long ValueBytes => _length + ValueCount * 16L;

    /// <summary>The file's bounds: those of the row groups written, merged as each is emptied.</summary>
    public override (byte[] Lower, byte[] Upper)? Bounds() => _fileBounds.Range;

    /// <summary>The current row group's smallest and largest value, for the chunk statistics of a byte-array column.</summary>
    public (byte[] Lower, byte[] Upper)? ChunkBounds => _chunkBounds.Range;

    /// <summary>The leaf is written through Parquet.Net's string field (to be dictionary-encoded) rather than as byte arrays.</summary>
    public bool WritesText => Plan.Field.ClrType == typeof(string) || Plan.Field.ClrType == typeof(ReadOnlyMemory<char>);

    /// <summary>No more than an eighth of the first buffered values are distinct (true for none): a dictionary pays.</summary>
    public bool Repeats()
    {
        var sample = Values[..Math.Min(Values.Length, RepetitionSample)];
        var distinct = new HashSet<ReadOnlyMemory<byte>>(Utf8Comparer.Instance);
        foreach (var value in sample)
        {
            if (distinct.Add(value) && distinct.Count > sample.Length / 8)
                return false;
        }
        return true;
    }

    public override async Task WriteAsync(ParquetRowGroupWriter rowGroup, CancellationToken cancellationToken)
    {
        if (!WritesText)
        {
            await base.WriteAsync(rowGroup, cancellationToken);
            return;
        }
        // Only distinct values are decoded: a run repeats its first value's characters, and a value seen before
        // takes the characters decoded for it then.
        var values = Values;
        _text = Grow(_text, values.Length);
        _decoded.Clear();
        for (var i = 0; i < values.Length; i++)
        {
            var utf8 = values[i];
            if (i > 0 && utf8.Span.SequenceEqual(values[i - 1].Span))
            {
                _text[i] = _text[i - 1];
                continue;
            }
            if (!_decoded.TryGetValue(utf8, out var chars))
            {
                var room = _chars.Allocate(Encoding.UTF8.GetCharCount(utf8.Span));
                Encoding.UTF8.GetChars(utf8.Span, room.Span);
                _decoded[utf8] = chars = room;
            }
            _text[i] = chars;
        }
        await rowGroup.WriteAllPartsAsync(Plan.Field, new ReadOnlyMemory<ReadOnlyMemory<char>>(_text, 0, values.Length), Definitions, Repetitions, cancellationToken);
    }

    public override void Clear()
    {
        if (Plan.IsTopLevel && _chunkBounds.Range is var (min, max))
        {
            _fileBounds.Add(min);
            _fileBounds.Add(max);
        }
        base.Clear();
        _bytes.Clear();
        _chars.Clear();
        _decoded.Clear();
        System.Array.Clear(_text);
        _chunkBounds = default;
        _length = 0;
    }

    protected override ReadOnlyMemory<byte> Add(ReadOnlySpan<byte> utf8)
    {
        _chunkBounds.Add(utf8);
        _length += utf8.Length;
        if (utf8.IsEmpty)
            return ReadOnlyMemory<byte>.Empty;
        var copy = _bytes.Allocate(utf8.Length);
        utf8.CopyTo(copy.Span);
        return copy;
    }

    private sealed class Utf8Comparer : IEqualityComparer<ReadOnlyMemory<byte>>
    {
        public static readonly Utf8Comparer Instance = new();

        public bool Equals(ReadOnlyMemory<byte> x, ReadOnlyMemory<byte> y) => x.Span.SequenceEqual(y.Span);

        public int GetHashCode(ReadOnlyMemory<byte> value)
        {
            var hash = new HashCode();
            hash.AddBytes(value.Span);
            return hash.ToHashCode();
        }
    }
}
