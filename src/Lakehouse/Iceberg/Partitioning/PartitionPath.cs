using System.Net;
using Lineage.Lakehouse.Iceberg.Schemas;
using Lineage.Lakehouse.Iceberg.Values;

namespace Lineage.Lakehouse.Iceberg.Partitioning;

/// <summary>
/// The folder of a partition under <c>data/</c>, as Iceberg's Java library names it: <c>name=value</c> pairs joined by
/// <c>/</c>, names and values form-URL-encoded (a space becomes <c>+</c>), values in their human-readable form.
/// A null value is written as the literal <c>null</c> (Iceberg does not use Hive's <c>__HIVE_DEFAULT_PARTITION__</c>;
/// Spark-written tables show <c>date=null</c>).
/// </summary>
internal static class PartitionPath
{
    public static string Format(PartitionSpec spec, StructType partitionType, PartitionData partition)
    {
        if (partition.Values.Count != spec.Fields.Count)
            throw new IcebergFormatException($"partition {partition} has {partition.Values.Count} values but spec {spec.SpecId} has {spec.Fields.Count} fields");
        var parts = new string[spec.Fields.Count];
        for (var i = 0; i < parts.Length; i++)
        {
            var type = partitionType.Fields[i].Type as PrimitiveType
                ?? throw new IcebergFormatException($"partition field '{spec.Fields[i].Name}' is not primitive");
            parts[i] = $"{WebUtility.UrlEncode(spec.Fields[i].Name)}={WebUtility.UrlEncode(IcebergValue.ToHumanString(type, partition[i]))}";
        }
        return string.Join('/', parts);
    }
}
