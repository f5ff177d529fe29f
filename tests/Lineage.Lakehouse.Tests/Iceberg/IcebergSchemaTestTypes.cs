using Lineage.Lakehouse.Iceberg.Schemas;

namespace Lineage.Lakehouse.Tests.Iceberg;

/// <summary>Primitive types from their JSON names, through a one-field schema.</summary>
public static class IcebergSchemaTestTypes
{
    public static PrimitiveType Primitive(string name) =>
        (PrimitiveType)IcebergSchema.FromJson($$"""{"type":"struct","schema-id":0,"fields":[{"id":1,"name":"v","required":true,"type":"{{name}}"}]}""")
            .Fields[0].Type;
}
