namespace Lineage.Lakehouse.Parquet.Data;

/// <summary>A vector of fixed-size values: booleans, integers, floats, days, microseconds, unscaled decimals.</summary>
public sealed class PrimitiveVector<T> : ColumnVector
    where T : unmanaged
{
    private T[] _values;

    public PrimitiveVector(int capacity = 16) => _values = new T[Math.Max(capacity, 1)];

    /// <summary>Wraps existing values, with optional null flags (true = null).</summary>
    public PrimitiveVector(T[] values, bool[]? nulls = null)
    {
        _values = new T[Math.Max(values.Length, 1)];
        for (var i = 0; i < values.Length; i++)
        {
            if (nulls is not null && nulls[i])
                AppendNull();
            else
                Append(values[i]);
        }
    }

    public ReadOnlySpan<T> Values => _values.AsSpan(0, Count);

    public T this[int index] => _values[index];

    public void Append(T value)
    {
        MarkPresent();
        Grow();
        _values[Count++] = value;
    }

    /// <summary>Appends <paramref name="count"/> present slots and returns them for a decoder to fill.</summary>
    internal Span<T> AppendSpan(int count)
    {
        if (HasNulls)
        {
            for (var i = 0; i < count; i++)
                Append(default);
            return _values.AsSpan(Count - count, count);
        }
        if (Count + count > _values.Length)
            Array.Resize(ref _values, Math.Max(Count + count, _values.Length * 2));
        Count += count;
        return _values.AsSpan(Count - count, count);
    }

    internal override void AppendFrom(ColumnVector source, int index) => Append(((PrimitiveVector<T>)source)._values[index]);

    protected override void AppendDefault()
    {
        Grow();
        _values[Count++] = default;
    }

    private void Grow()
    {
        if (Count < _values.Length)
            return;
        Array.Resize(ref _values, _values.Length * 2);
    }
}
