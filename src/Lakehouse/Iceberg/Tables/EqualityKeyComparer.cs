namespace Lineage.Lakehouse.Iceberg.Tables;

/// <summary>
/// Compares rows of equality-column values (as <see cref="Arrow.ArrowValues"/> reads them): null equals
/// null, binary values by content, and integers or floating-point values of different widths by value.
/// </summary>
internal sealed class EqualityKeyComparer : IEqualityComparer<object?[]>
{
    public static EqualityKeyComparer Instance { get; } = new();

    /// <summary>One representation per value, so that an int column and a long column (type promotion) compare equal.</summary>
    public static object? Normalize(object? value) => value switch
    {
        int i => (long)i,
        float f => (double)f,
        _ => value,
    };

    public bool Equals(object?[]? x, object?[]? y)
    {
        if (x is null || y is null)
            return x is null && y is null;
        if (x.Length != y.Length)
            return false;
        for (var i = 0; i < x.Length; i++)
        {
            var same = (x[i], y[i]) switch
            {
                (null, null) => true,
                (byte[] a, byte[] b) => a.AsSpan().SequenceEqual(b),
                var (a, b) => a is not null && a.Equals(b),
            };
            if (!same)
                return false;
        }
        return true;
    }

    public int GetHashCode(object?[] key)
    {
        var hash = new HashCode();
        foreach (var value in key)
        {
            if (value is byte[] bytes)
                hash.AddBytes(bytes);
            else
                hash.Add(value);
        }
        return hash.ToHashCode();
    }
}
