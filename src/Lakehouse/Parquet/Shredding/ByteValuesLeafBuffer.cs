using Apache.Arrow;
using Apache.Arrow.Arrays;
using Apache.Arrow.Types;

namespace Lineage.Lakehouse.Parquet.Shredding;

/// <summary>
/// A leaf whose Arrow values are read as bytes (binary, string, uuid, decimal) and turned into Parquet.Net's type.
/// Each value is sliced from the array's data buffer where it lies (through the offsets for variable-length values),
/// with the buffers looked up once per batch rather than once per value.
/// </summary>
internal abstract class ByteValuesLeafBuffer<T>(LeafPlan plan) : TypedLeafBuffer<T>(plan)
    where T : struct
{
    public sealed override void Gather(IArrowArray leaf, ReadOnlySpan<int> indices)
    {
        var target = Reserve(indices.Length);
        var values = new ByteValues(leaf);
        for (var i = 0; i < indices.Length; i++)
            target[i] = Add(values[indices[i]]);
        Commit(indices.Length);
    }

    public sealed override void GatherRange(IArrowArray leaf, int start, int count)
    {
        var target = Reserve(count);
        var values = new ByteValues(leaf);
        for (var i = 0; i < count; i++)
            target[i] = Add(values[start + i]);
        Commit(count);
    }

    /// <summary>The value to store for one Arrow value's bytes; also where its bounds are taken.</summary>
    protected abstract T Add(ReadOnlySpan<byte> bytes);

    /// <summary>An array's values as byte spans: variable-length through their offsets, fixed-size by their width.</summary>
    private readonly ref struct ByteValues
    {
        private readonly ReadOnlySpan<int> _offsets;
        private readonly ReadOnlySpan<byte> _data;
        private readonly int _width;
        private readonly int _first;

        public ByteValues(IArrowArray array)
        {
            switch (array)
            {
                case BinaryArray binary:
                    _offsets = binary.ValueOffsets;
                    _data = binary.ValueBuffer.Span;
                    break;
                case FixedSizeBinaryArray fixedSize:
                    _data = fixedSize.ValueBuffer.Span;
                    _width = ((FixedSizeBinaryType)fixedSize.Data.DataType).ByteWidth;
                    _first = fixedSize.Offset;
                    break;
                default:
                    throw new ArgumentException($"an array of {array.Data.DataType.Name} holds no byte values", nameof(array));
            }
        }

        public ReadOnlySpan<byte> this[int index] =>
            _width > 0 ? _data.Slice((_first + index) * _width, _width) : _data[_offsets[index].._offsets[index + 1]];
    }
}
