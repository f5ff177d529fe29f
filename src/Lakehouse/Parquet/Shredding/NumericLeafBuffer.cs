using System.Numerics;
using Apache.Arrow;

namespace Lineage.Lakehouse.Parquet.Shredding;

/// <summary>Numbers Parquet.Net writes as they are in Arrow (integers, floating point, times as microseconds).</summary>
internal sealed class NumericLeafBuffer<T>(LeafPlan plan, Func<T, byte[]> encodeBound) : TypedLeafBuffer<T>(plan)
    where T : unmanaged, INumber<T>
{
    private NumericBounds<T> _bounds;

    public override void Gather(IArrowArray leaf, ReadOnlySpan<int> indices)
    {
        var values = ((PrimitiveArray<T>)leaf).Values;
        var target = Reserve(indices.Length);
        for (var i = 0; i < indices.Length; i++)
            target[i] = values[indices[i]];
        Track(target);
    }

    public override void GatherRange(IArrowArray leaf, int start, int count)
    {
        var target = Reserve(count);
        ((PrimitiveArray<T>)leaf).Values.Slice(start, count).CopyTo(target);
        Track(target);
    }

    public override (byte[] Lower, byte[] Upper)? Bounds() =>
        _bounds.Range is var (min, max) ? (encodeBound(min), encodeBound(max)) : null;

    private void Track(Span<T> values)
    {
        _bounds.Add(values, Plan.IsTopLevel);
        FileNanCount = _bounds.NanCount;
        Commit(values.Length);
    }
}
