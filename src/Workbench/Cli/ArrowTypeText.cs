using Apache.Arrow;
using Apache.Arrow.Types;
using Lineage.Lakehouse.Arrow;

namespace Lineage.Workbench.Cli;

/// <summary>An Arrow field as a reader writes it down: <c>coords list&lt;list&lt;double?&gt;?&gt;?</c>, <c>?</c> marking nullable.</summary>
internal static class ArrowTypeText
{
    public static string Describe(Field field) =>
        $"{field.Name} {TypeOf(field)}{(field.IsNullable ? "?" : "")}{(IcebergArrowSchema.FieldId(field) is { } id ? $" (field id {id})" : "")}";

    private static string TypeOf(Field field) => field.DataType switch
    {
        ListType list => $"list<{Nested(list.ValueField)}>",
        StructType group => $"struct<{string.Join(", ", group.Fields.Select(f => $"{f.Name}: {Nested(f)}"))}>",
        MapType map => $"map<{Nested(map.KeyField)}, {Nested(map.ValueField)}>",
        Decimal128Type d => $"decimal({d.Precision},{d.Scale})",
        FixedSizeBinaryType when IcebergArrowSchema.IsUuid(field) => "uuid",
        FixedSizeBinaryType f => $"fixed({f.ByteWidth})",
        TimestampType t => string.IsNullOrEmpty(t.Timezone) ? "timestamp" : "timestamptz",
        Date32Type => "date",
        Time64Type => "time",
        StringType => "string",
        BinaryType => "binary",
        BooleanType => "boolean",
        var other => other.Name.ToLowerInvariant(),
    };

    private static string Nested(Field field) => TypeOf(field) + (field.IsNullable ? "?" : "");
}
