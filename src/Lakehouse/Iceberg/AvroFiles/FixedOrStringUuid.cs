using Avro;
using Avro.Util;

namespace Lineage.Lakehouse.Iceberg.AvroFiles;

/// <summary>
/// The <c>uuid</c> logical type on a string or on a 16-byte fixed, as the Avro 1.12 specification allows and as
/// Iceberg writes it; Apache.Avro 1.12.2 refuses it on a fixed, so schemas with a uuid partition field would not
/// parse. Only the schema check differs from the library's: our readers and writers never convert logical values.
/// </summary>
internal sealed class FixedOrStringUuid : Uuid
{
    public override void ValidateSchema(LogicalSchema schema)
    {
        if (schema.BaseSchema is FixedSchema { Size: 16 })
            return;
        base.ValidateSchema(schema);
    }
}
