using Apache.Arrow;

namespace Lineage.Lakehouse.Parquet.Shredding;

/// <summary>A leaf whose Arrow values are read as bytes (binary, string, uuid, decimal) and turned into Parquet.Net's type.</summary>
internal abstract class ByteValuesLeafBuffer<T, TArray>(LeafPlan plan) : TypedLeafBuffer<T>(plan)
    where T : struct
    where TArray : IArrowArray
{
    public sealed override void Gather(IArrowArray leaf, ReadOnlySpan<int> indices)
    {
        var array = (TArray)leaf;
        var target = Reserve(indices.Length);
        for (var i = 0; i < indices.Length; i++)
            target[i] = Add(BytesAt(array, indices[i]));
        Commit(indices.Length);
    }

    public sealed override void GatherRange(IArrowArray leaf, int start, int count)
    {
        var array = (TArray)leaf;
        var target = Reserve(count);
        for (var i = 0; i < count; i++)
            target[i] = Add(BytesAt(array, start + i));
        Commit(count);
    }

    protected abstract ReadOnlySpan<byte> BytesAt(TArray array, int index);

    /// <summary>The value to store for one Arrow value's bytes; also where its bounds are taken.</summary>
    protected abstract T Add(ReadOnlySpan<byte> bytes);
}
