using System.Buffers;
using Apache.Arrow.Memory;

namespace Lineage.Materializers.Tables;

/// <summary>
/// Arrow buffers on the managed heap, rented from the shared array pool and given back when their batch is disposed
/// (a batch never disposed is simply collected). Arrow's default allocator takes native memory that only a finalizer
/// frees and that it reports to the GC as pressure; and fresh arrays for every batch of a partition cost collections
/// in proportion to its size.
/// </summary>
internal sealed class PooledArrowAllocator : MemoryAllocator
{
    public static readonly PooledArrowAllocator Instance = new();

    private PooledArrowAllocator()
        : base(alignment: 8)
    {
    }

    protected override IMemoryOwner<byte> AllocateInternal(int length, out int bytesAllocated)
    {
        bytesAllocated = length;
        return new RentedArray(ArrayPool<byte>.Shared.Rent(length), length);
    }

    private sealed class RentedArray(byte[] array, int length) : IMemoryOwner<byte>
    {
        private byte[]? _array = array;

        public Memory<byte> Memory => (_array ?? throw new ObjectDisposedException(nameof(RentedArray))).AsMemory(0, length);

        public void Dispose()
        {
            if (Interlocked.Exchange(ref _array, null) is { } rented)
                ArrayPool<byte>.Shared.Return(rented);
        }
    }
}
