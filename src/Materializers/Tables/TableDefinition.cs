using Apache.Arrow;
using Lineage.Assets.Keys;
using Lineage.Assets.Specs;
using Lineage.Lakehouse.Arrow;
using Lineage.Lakehouse.Iceberg.Partitioning;
using Lineage.Lakehouse.Iceberg.Schemas;

namespace Lineage.Materializers.Tables;

/// <summary>
/// An asset's table as Iceberg sees it: the schema (field ids assigned in column order, list elements after the
/// top-level columns), the identity partition spec over the asset's partition columns, and the Arrow schema rows
/// are built in.
/// </summary>
public sealed class TableDefinition
{
    /// <summary>
    /// Row groups of our tables are kept small so that many open partition files stay within memory, and so that a
    /// check scanning a partition (one batch per row group) allocates little at a time.
    /// </summary>
    public const long RowGroupSizeBytes = 8L * 1024 * 1024;

    private TableDefinition(AssetKey key, IcebergSchema schema, PartitionSpec spec)
    {
        Key = key;
        Schema = schema;
        Spec = spec;
        ArrowSchema = IcebergArrowSchema.ToArrow(schema);
    }

    public AssetKey Key { get; }

    /// <summary>The table's name within its namespace (<c>vqe_results</c>).</summary>
    public string Name => Key.Name;

    public IcebergSchema Schema { get; }

    public PartitionSpec Spec { get; }

    public Schema ArrowSchema { get; }

    /// <summary>Properties the table is created with.</summary>
    public IReadOnlyDictionary<string, string> Properties { get; } = new Dictionary<string, string>
    {
        [Lakehouse.Iceberg.Tables.IcebergTable.RowGroupSizeProperty] = RowGroupSizeBytes.ToString(System.Globalization.CultureInfo.InvariantCulture),
    };

    public static TableDefinition For(AssetSpec spec)
    {
        ArgumentNullException.ThrowIfNull(spec);
        return Create(spec.Key, spec.Columns, spec.PartitionColumns);
    }

    public static TableDefinition Create(AssetKey key, IReadOnlyList<ColumnSpec> columns, IReadOnlyList<string> partitionColumns)
    {
        ArgumentNullException.ThrowIfNull(key);
        var nextId = columns.Count + 1;
        var fields = columns.Select((column, index) => new NestedField(
            index + 1, column.Name, !column.Nullable, ToIceberg(column.Type, ref nextId), column.Description)).ToList();
        var schema = new IcebergSchema(0, fields);
        var partitionFields = partitionColumns.Select((name, index) =>
        {
            var source = schema.FindField(name)
                ?? throw new ArgumentException($"asset {key}: partition column '{name}' is not one of its columns");
            return PartitionField.Identity(source.Id, PartitionSpec.FirstFieldId + index, name);
        }).ToList();
        return new TableDefinition(key, schema, new PartitionSpec(0, partitionFields));
    }

    /// <summary>Whether a table's current schema has our columns, in order, with our types and nullability.</summary>
    public bool Matches(IcebergSchema existing) =>
        existing.Fields.Count == Schema.Fields.Count
        && existing.Fields.Zip(Schema.Fields).All(pair =>
            pair.First.Name == pair.Second.Name && pair.First.Required == pair.Second.Required && SameShape(pair.First.Type, pair.Second.Type));

    private static bool SameShape(IcebergType a, IcebergType b) => (a, b) switch
    {
        (ListType x, ListType y) => x.ElementRequired == y.ElementRequired && SameShape(x.Element, y.Element),
        (PrimitiveType x, PrimitiveType y) => x == y,
        _ => false,
    };

    private static IcebergType ToIceberg(ColumnType type, ref int nextId)
    {
        if (type.Element is { } element)
        {
            var elementId = nextId++;
            return new ListType(elementId, ToIceberg(element, ref nextId), ElementRequired: true);
        }
        return type.Primitive switch
        {
            "int" => IcebergType.Int,
            "long" => IcebergType.Long,
            "float" => IcebergType.Float,
            "double" => IcebergType.Double,
            "boolean" => IcebergType.Boolean,
            "string" => IcebergType.String,
            "date" => IcebergType.Date,
            "timestamptz" => IcebergType.TimestampTz,
            "binary" => IcebergType.Binary,
            _ => throw new ArgumentOutOfRangeException(nameof(type), type, "no Iceberg type for this column type"),
        };
    }
}
