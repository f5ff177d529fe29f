using Avro;
using Avro.Generic;
using Avro.IO;

namespace Lineage.Lakehouse.Iceberg.AvroFiles;

/// <summary>Apache.Avro's generic writer, except that values of logical types are given as their base values (see <see cref="BaseValueReader"/>).</summary>
internal sealed class BaseValueWriter(Schema schema) : DefaultWriter(schema)
{
    protected override void WriteLogical(LogicalSchema ls, object value, Encoder encoder) => Write(ls.BaseSchema, value, encoder);

    protected override bool Matches(Schema sc, object obj) =>
        sc is LogicalSchema logical ? Matches(logical.BaseSchema, obj) : base.Matches(sc, obj);
}
