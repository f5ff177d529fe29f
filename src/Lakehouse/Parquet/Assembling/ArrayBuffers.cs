using System.Buffers;
using System.Runtime.InteropServices;
using Apache.Arrow;

namespace Lineage.Lakehouse.Parquet.Assembling;

/// <summary>
/// Arrow buffers over managed arrays, without a copy: the decoded values, offsets and bitmaps become the batch's
/// memory as they are. An array is pinned only while Arrow pins the buffer (exports through the C data interface).
/// </summary>
internal static class ArrayBuffers
{
    public static ArrowBuffer Of<T>(T[] array, int length)
        where T : unmanaged =>
        new(new ArrayMemory<T>(array, length).Memory);

    public static ArrowBuffer Of<T>(T[] array)
        where T : unmanaged =>
        Of(array, array.Length);

    private sealed class ArrayMemory<T>(T[] array, int length) : MemoryManager<byte>
        where T : unmanaged
    {
        private GCHandle _pin;
        private int _pins;

        public override Span<byte> GetSpan() => MemoryMarshal.AsBytes(array.AsSpan(0, length));

        public override unsafe MemoryHandle Pin(int elementIndex = 0)
        {
            lock (this)
            {
                if (_pins++ == 0)
                    _pin = GCHandle.Alloc(array, GCHandleType.Pinned);
            }
            return new MemoryHandle((byte*)_pin.AddrOfPinnedObject() + elementIndex, default, this);
        }

        public override void Unpin()
        {
            lock (this)
            {
                if (--_pins == 0)
                    _pin.Free();
            }
        }

        protected override void Dispose(bool disposing)
        {
        }
    }
}
