using System.Buffers;

namespace Lineage.Lakehouse.Parquet.Shredding;

/// <summary>
/// Storage for many small runs of values that must stay where they are once handed out (Parquet.Net takes them as
/// memory slices): blocks that double from small to <see cref="BlockSize"/> (a table writes many partition files at
/// once, most of them small), a run never spans two. Blocks are rented from the shared array pool and given back by
/// <see cref="Clear"/>.
/// </summary>
internal sealed class Arena<T>
{
    private const int BlockSize = 1 << 20;
    private const int FirstBlockSize = 4 * 1024;

    private readonly List<T[]> _blocks = [];
    private int _used;

    /// <summary>Room for <paramref name="length"/> values, valid until <see cref="Clear"/>.</summary>
    public Memory<T> Allocate(int length)
    {
        if (length > BlockSize)
            return new T[length];
        if (_blocks.Count == 0 || _used + length > _blocks[^1].Length)
        {
            var size = _blocks.Count == 0 ? FirstBlockSize : Math.Min(BlockSize, _blocks[^1].Length * 2);
            _blocks.Add(ArrayPool<T>.Shared.Rent(Math.Max(length, size)));
            _used = 0;
        }
        var memory = _blocks[^1].AsMemory(_used, length);
        _used += length;
        return memory;
    }

    public void Clear()
    {
        foreach (var block in _blocks)
            ArrayPool<T>.Shared.Return(block);
        _blocks.Clear();
        _used = 0;
    }
}
