using System.Numerics;
using Apache.Arrow;

namespace Lineage.Lakehouse.Parquet.Shredding;

/// <summary>Values Parquet.Net takes in another type than Arrow holds them (dates as DateOnly, timestamps as DateTime).</summary>
internal sealed class ConvertedLeafBuffer<TArrow, TParquet>(LeafPlan plan, Func<TArrow, TParquet> convert, Func<TArrow, byte[]> encodeBound)
    : TypedLeafBuffer<TParquet>(plan)
    where TArrow : unmanaged, INumber<TArrow>
    where TParquet : struct
{
    private NumericBounds<TArrow> _bounds;

    public override void Gather(IArrowArray leaf, ReadOnlySpan<int> indices)
    {
        var values = ((PrimitiveArray<TArrow>)leaf).Values;
        var target = Reserve(indices.Length);
        for (var i = 0; i < indices.Length; i++)
        {
            var value = values[indices[i]];
            target[i] = convert(value);
            _bounds.Add([value], Plan.IsTopLevel);
        }
        Commit(indices.Length);
    }

    public override void GatherRange(IArrowArray leaf, int start, int count)
    {
        var values = ((PrimitiveArray<TArrow>)leaf).Values.Slice(start, count);
        var target = Reserve(count);
        for (var i = 0; i < values.Length; i++)
            target[i] = convert(values[i]);
        _bounds.Add(values, Plan.IsTopLevel);
        Commit(count);
    }

    public override (byte[] Lower, byte[] Upper)? Bounds() =>
        _bounds.Range is var (min, max) ? (encodeBound(min), encodeBound(max)) : null;
}
