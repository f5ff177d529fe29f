using Apache.Arrow;

namespace Lineage.Lakehouse.Parquet.Shredding;

internal sealed class BooleanLeafBuffer(LeafPlan plan) : TypedLeafBuffer<bool>(plan)
{
    private bool _sawFalse;
    private bool _sawTrue;

    public override void Gather(IArrowArray leaf, ReadOnlySpan<int> indices)
    {
        var booleans = (BooleanArray)leaf;
        var target = Reserve(indices.Length);
        for (var i = 0; i < indices.Length; i++)
            Track(target[i] = booleans.GetValue(indices[i]) == true);
        Commit(indices.Length);
    }

    public override void GatherRange(IArrowArray leaf, int start, int count)
    {
        var booleans = (BooleanArray)leaf;
        var target = Reserve(count);
        for (var i = 0; i < count; i++)
            Track(target[i] = booleans.GetValue(start + i) == true);
        Commit(count);
    }

    public override (byte[] Lower, byte[] Upper)? Bounds() =>
        Plan.IsTopLevel && (_sawFalse || _sawTrue) ? ([_sawFalse ? (byte)0 : (byte)1], [_sawTrue ? (byte)1 : (byte)0]) : null;

    private void Track(bool value)
    {
        if (value)
            _sawTrue = true;
        else
            _sawFalse = true;
    }
}
