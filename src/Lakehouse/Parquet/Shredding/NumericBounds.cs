using System.Numerics;

namespace Lineage.Lakehouse.Parquet.Shredding;

/// <summary>The running minimum and maximum of numbers, NaN left out (and counted): Iceberg bounds never hold NaN.</summary>
internal struct NumericBounds<T> where T : struct, INumber<T>
{
    private bool _any;
    private T _min;
    private T _max;

    public long NanCount { get; private set; }

    public void Add(ReadOnlySpan<T> values, bool trackBounds)
    {
        foreach (var value in values)
        {
            if (T.IsNaN(value))
            {
                NanCount++;
                continue;
            }
            if (!trackBounds)
                continue;
            if (!_any)
            {
                _min = _max = value;
                _any = true;
            }
            else if (value < _min)
                _min = value;
            else if (value > _max)
                _max = value;
        }
    }

    public readonly (T Min, T Max)? Range => _any ? (_min, _max) : null;
}
