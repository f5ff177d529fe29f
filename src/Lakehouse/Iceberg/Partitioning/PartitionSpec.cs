using Lineage.Lakehouse.Iceberg.Schemas;

namespace Lineage.Lakehouse.Iceberg.Partitioning;

/// <summary>How a table's rows map to partitions: an id and a list of transformed source columns.</summary>
public sealed class PartitionSpec
{
    /// <summary>Partition field ids start here (ids below belong to schemas).</summary>
    public const int FirstFieldId = 1000;

    /// <exception cref="IcebergFormatException">Field ids are below 1000 or repeated, or names repeat.</exception>
    public PartitionSpec(int specId, IReadOnlyList<PartitionField> fields)
    {
        SpecId = specId;
        Fields = fields;
        var ids = new HashSet<int>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var field in fields)
        {
            if (field.FieldId < FirstFieldId)
                throw new IcebergFormatException($"partition spec {specId}: field '{field.Name}' has id {field.FieldId}; partition field ids start at {FirstFieldId}");
            if (!ids.Add(field.FieldId))
                throw new IcebergFormatException($"partition spec {specId} uses field id {field.FieldId} twice");
            if (!names.Add(field.Name))
                throw new IcebergFormatException($"partition spec {specId} has two fields named '{field.Name}'");
        }
    }

    public static PartitionSpec Unpartitioned { get; } = new(0, []);

    public int SpecId { get; }

    public IReadOnlyList<PartitionField> Fields { get; }

    public bool IsUnpartitioned => Fields.All(f => f.Transform.Name == "void");

    /// <summary>The highest partition field id, or 999 when there are no fields (so the next is 1000).</summary>
    public int LastAssignedFieldId => Fields.Count == 0 ? FirstFieldId - 1 : Fields.Max(f => f.FieldId);

    /// <summary>
    /// The type of partition tuples (manifest field 102): one optional field per partition field, with the partition
    /// field's id and name and the transform's result type.
    /// </summary>
    /// <exception cref="IcebergFormatException">A source column is missing from the schema.</exception>
    public StructType PartitionType(IcebergSchema schema) =>
        new(Fields.Select(f => NestedField.Optional(f.FieldId, f.Name, f.Transform.ResultType(SourceType(schema, f)))).ToList());

    /// <summary>The partition tuple of a row, from a lookup of the row's values by source field id.</summary>
    public PartitionData Partition(IcebergSchema schema, Func<int, object?> valueOfSourceId) =>
        new(Fields.Select(f => f.Transform.Apply(SourcePrimitive(schema, f), valueOfSourceId(f.SourceId))).ToList());

    /// <summary>The <c>name=value/…</c> path of a partition tuple (see <see cref="PartitionPath"/>).</summary>
    public string PathOf(IcebergSchema schema, PartitionData partition) => PartitionPath.Format(this, PartitionType(schema), partition);

    /// <summary>The spec as the JSON object found in table metadata <c>partition-specs</c>.</summary>
    public string ToJson() => PartitionSpecJson.Write(this);

    /// <summary>Only the fields array, as in manifest headers' <c>partition-spec</c>.</summary>
    public string FieldsToJson() => PartitionSpecJson.WriteFields(this);

    public static PartitionSpec FromJson(string json) => PartitionSpecJson.Read(json);

    private IcebergType SourceType(IcebergSchema schema, PartitionField field) =>
        schema.FindField(field.SourceId)?.Type
        ?? throw new IcebergFormatException($"partition spec {SpecId}: field '{field.Name}' reads source column {field.SourceId}, which schema {schema.SchemaId} does not have");

    private PrimitiveType SourcePrimitive(IcebergSchema schema, PartitionField field) =>
        SourceType(schema, field) as PrimitiveType
        ?? throw new IcebergFormatException($"partition spec {SpecId}: field '{field.Name}' reads a nested column; partitions need primitive source columns");
}
