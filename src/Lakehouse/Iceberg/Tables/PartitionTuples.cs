using System.Globalization;
using Lineage.Lakehouse.Iceberg.Manifests;
using Lineage.Lakehouse.Iceberg.Partitioning;
using Lineage.Lakehouse.Iceberg.Schemas;
using Lineage.Lakehouse.Iceberg.Values;

namespace Lineage.Lakehouse.Iceberg.Tables;

/// <summary>Partition tuples compared by value (whatever .NET type a caller used), and manifests that may hold them.</summary>
internal static class PartitionTuples
{
    /// <summary>The tuple with every value normalized to the partition type's .NET representation.</summary>
    public static PartitionData Normalize(StructType partitionType, PartitionData partition)
    {
        if (partition.Values.Count != partitionType.Fields.Count)
            throw new ArgumentException($"partition {partition} has {partition.Values.Count} values; the table's partition has {partitionType.Fields.Count} ({string.Join(", ", partitionType.Fields.Select(f => f.Name))})");
        return new PartitionData(partition.Values
            .Select((value, i) => Coerce((PrimitiveType)partitionType.Fields[i].Type, value, partitionType.Fields[i].Name))
            .ToList());
    }

    /// <summary>
    /// A value in the type's .NET representation; text is parsed the way partition paths print it
    /// (<c>2026-11-20</c> for a date), so that callers may name partitions as they appear in paths.
    /// </summary>
    /// <exception cref="ArgumentException">The value does not fit the type; the message names the column.</exception>
    public static object? Coerce(PrimitiveType type, object? value, string column)
    {
        if (value is null)
            return null;
        try
        {
            if (value is string text && type.Kind != PrimitiveKind.String)
                value = Parse(type, text);
            return IcebergValue.Normalize(type, value);
        }
        catch (Exception e) when (e is IcebergFormatException or FormatException or OverflowException)
        {
            throw new ArgumentException($"'{value}' is not a {type} value for partition column '{column}'", e);
        }
    }

    private static object Parse(PrimitiveType type, string text) => type.Kind switch
    {
        PrimitiveKind.Date => DateOnly.ParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture),
        PrimitiveKind.Int => int.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
        PrimitiveKind.Long => long.Parse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture),
        PrimitiveKind.Boolean => bool.Parse(text),
        PrimitiveKind.Double => double.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
        PrimitiveKind.Float => float.Parse(text, NumberStyles.Float, CultureInfo.InvariantCulture),
        PrimitiveKind.Decimal => decimal.Parse(text, NumberStyles.Number, CultureInfo.InvariantCulture),
        PrimitiveKind.TimestampTz => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal),
        _ => text,
    };

    /// <summary>False only when the manifest's partition summaries prove it holds none of <paramref name="partitions"/>.</summary>
    public static bool MayContainAny(ManifestFile manifest, StructType partitionType, IEnumerable<PartitionData> partitions) =>
        partitions.Any(p => MayContain(manifest, partitionType, p.Values.Select((value, i) => (i, value))));

    /// <summary>Whether the manifest may hold a tuple with these values at these positions (other positions: any value).</summary>
    public static bool MayContain(ManifestFile manifest, StructType partitionType, IEnumerable<(int Position, object? Value)> constraints)
    {
        if (manifest.Partitions is not { } summaries || summaries.Count != partitionType.Fields.Count)
            return true;
        return constraints.All(c => MayContain(summaries[c.Position], (PrimitiveType)partitionType.Fields[c.Position].Type, c.Value));
    }

    private static bool MayContain(PartitionFieldSummary summary, PrimitiveType type, object? value)
    {
        if (value is null)
            return summary.ContainsNull;
        if (summary.LowerBound is null || summary.UpperBound is null)
            return true;
        try
        {
            return IcebergValue.Compare(type, value, Conversions.FromBytes(type, summary.LowerBound)) >= 0
                && IcebergValue.Compare(type, value, Conversions.FromBytes(type, summary.UpperBound)) <= 0;
        }
        catch (IcebergFormatException)
        {
            return true;
        }
    }

    /// <summary>Whether a partition value equals the expected one in the type's order (nulls equal only nulls).</summary>
    public static bool SameValue(StructType partitionType, int position, object? actual, object? expected)
    {
        if (actual is null || expected is null)
            return actual is null && expected is null;
        return IcebergValue.Compare((PrimitiveType)partitionType.Fields[position].Type, actual, expected) == 0;
    }
}
