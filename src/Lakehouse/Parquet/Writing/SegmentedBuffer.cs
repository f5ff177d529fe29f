using System.Buffers;

namespace Lineage.Lakehouse.Parquet.Writing;

/// <summary>
/// A write buffer made of fixed-size segments: growing never copies, and a large column chunk never needs one
/// contiguous array (nor leaves a trail of doubled arrays behind).
/// </summary>
internal sealed class SegmentedBuffer : IBufferWriter<byte>
{
    private const int SegmentSize = 1 << 20;

    private readonly List<byte[]> _segments = [];
    private readonly List<int> _filled = [];
    private int _used;

    public long WrittenCount { get; private set; }

    public void Advance(int count)
    {
        _used += count;
        WrittenCount += count;
    }

    public Memory<byte> GetMemory(int sizeHint = 0) => Current(sizeHint).AsMemory(_used);

    public Span<byte> GetSpan(int sizeHint = 0) => Current(sizeHint).AsSpan(_used);

    public async Task CopyToAsync(Stream output, CancellationToken cancellationToken)
    {
        for (var i = 0; i < _segments.Count; i++)
        {
            var length = i == _segments.Count - 1 ? _used : _filled[i];
            await output.WriteAsync(_segments[i].AsMemory(0, length), cancellationToken);
        }
    }

    /// <summary>Forgets the content, keeping one segment for the next chunk.</summary>
    public void Reset()
    {
        if (_segments.Count > 1)
            _segments.RemoveRange(1, _segments.Count - 1);
        _filled.Clear();
        _used = 0;
        WrittenCount = 0;
    }

    private byte[] Current(int sizeHint)
    {
        var needed = Math.Max(sizeHint, 1);
        if (_segments.Count > 0 && _segments[^1].Length - _used >= needed)
            return _segments[^1];
        if (_segments.Count > 0)
            _filled.Add(_used);
        _segments.Add(new byte[Math.Max(SegmentSize, needed)]);
        _used = 0;
        return _segments[^1];
    }
}
