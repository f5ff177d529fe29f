using Lineage.Lakehouse.Iceberg.Schemas;
using Lineage.Materializers.Tables;

namespace Lineage.Materializers.Warehouse;

/// <summary>An existing table's columns differ from its asset's: the asset changed without a migration of the table.</summary>
public sealed class TableSchemaMismatchException(TableDefinition expected, IcebergSchema actual, string location)
    : Exception(
        $"table {location} has columns ({Describe(actual)}) but asset {expected.Key} declares ({Describe(expected.Schema)}); " +
        "move the old table away or evolve it before materializing")
{
    private static string Describe(IcebergSchema schema) =>
        string.Join(", ", schema.Fields.Select(f => $"{f.Name} {f.Type}{(f.Required ? "" : "?")}"));
}
