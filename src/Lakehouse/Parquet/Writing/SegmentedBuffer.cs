using System.Buffers;

namespace Lineage.Lakehouse.Parquet.Writing;

/// <summary>
/// A write buffer made of segments: growing never copies, and a large column chunk never needs one contiguous array
/// (nor leaves a trail of doubled arrays behind). Segments start small and double up to 1 MiB, so that the many
/// small chunks of a file with many columns (or of many open files) do not each hold a megabyte.
/// </summary>
internal sealed class SegmentedBuffer : IBufferWriter<byte>
{
    private const int FirstSegmentSize = 16 * 1024;
    private const int MaxSegmentSize = 1 << 20;

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
        var size = _segments.Count == 0 ? FirstSegmentSize : Math.Min(2 * _segments[^1].Length, MaxSegmentSize);
        _segments.Add(new byte[Math.Max(size, needed)]);
        _used = 0;
        return _segments[^1];
    }
}
