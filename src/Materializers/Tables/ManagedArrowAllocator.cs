using System.Buffers;
using Apache.Arrow.Memory;

namespace Lineage.Materializers.Tables;

/// <summary>
/// Arrow buffers on the managed heap. Arrow's default allocator takes native memory that only a finalizer frees and
/// that it reports to the GC as pressure: batches that are not disposed one by one (ours flow through writers, checks
/// and joins) then cost forced collections and a working set that grows until the finalizer catches up.
/// </summary>
internal sealed class ManagedArrowAllocator : MemoryAllocator
{
    public static readonly ManagedArrowAllocator Instance = new();

    private ManagedArrowAllocator()
        : base(alignment: 8)
    {
    }

    protected override IMemoryOwner<byte> AllocateInternal(int length, out int bytesAllocated)
    {
        bytesAllocated = length;
        return new ArrayOwner(new byte[length]);
    }

    private sealed class ArrayOwner(byte[] array) : IMemoryOwner<byte>
    {
        public Memory<byte> Memory => array;

        public void Dispose()
        {
        }
    }
}
