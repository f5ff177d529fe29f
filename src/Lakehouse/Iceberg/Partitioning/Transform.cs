using System.Globalization;
using Lineage.Lakehouse.Iceberg.Schemas;
using Lineage.Lakehouse.Iceberg.Values;

namespace Lineage.Lakehouse.Iceberg.Partitioning;

/// <summary>
/// A partition transform as written in a spec (<c>identity</c>, <c>bucket[16]</c>, <c>day</c>, <c>truncate[4]</c>,
/// <c>void</c>…). Every transform is parsed and kept; only <c>identity</c> (and <c>void</c>) can be applied.
/// </summary>
public sealed record Transform(string Name, int? Parameter = null)
{
    public static Transform Identity { get; } = new("identity");

    public bool IsIdentity => Name == "identity";

    /// <exception cref="IcebergFormatException">The text is not a transform.</exception>
    public static Transform Parse(string text)
    {
        var open = text.IndexOf('[');
        if (open < 0)
            return text.Trim() is { Length: > 0 } name
                ? new Transform(name)
                : throw new IcebergFormatException("a partition transform is empty");
        if (!text.EndsWith(']') || !int.TryParse(text[(open + 1)..^1], NumberStyles.None, CultureInfo.InvariantCulture, out var parameter))
            throw new IcebergFormatException($"partition transform '{text}' is malformed; expected a name and an optional [number]");
        return new Transform(text[..open], parameter);
    }

    /// <summary>The type of the partition value the transform produces from <paramref name="source"/>.</summary>
    public IcebergType ResultType(IcebergType source) => Name switch
    {
        "identity" or "truncate" or "void" => source,
        "bucket" or "year" or "month" or "hour" => IcebergType.Int,
        "day" => IcebergType.Date,
        _ => source,
    };

    /// <summary>The partition value of <paramref name="value"/>.</summary>
    /// <exception cref="IcebergFormatException">The transform is not identity or void.</exception>
    public object? Apply(PrimitiveType source, object? value) => Name switch
    {
        "identity" => value is null ? null : IcebergValue.Normalize(source, value),
        "void" => null,
        _ => throw new IcebergFormatException($"partition transform '{this}' cannot be applied yet; only identity partitions can be written"),
    };

    public override string ToString() => Parameter is { } p ? $"{Name}[{p}]" : Name;
}
