using Avro;
using Avro.File;
using Avro.Generic;
using Avro.IO;

namespace Lineage.Lakehouse.Iceberg.AvroFiles;

/// <summary>
/// Apache.Avro's generic reader, except that logical types read as their base values (a date as its day count, a
/// decimal as its fixed bytes): Iceberg's conversions are ours (<see cref="Values.AvroValueMapping"/>), and the
/// library's would fail on values they do not expect (times of 24 h or more, timestamps past year 9999).
/// </summary>
internal sealed class BaseValueReader(Schema writerSchema, Schema readerSchema) : DefaultReader(writerSchema, readerSchema)
{
    public static readonly DataFileReader<GenericRecord>.CreateDatumReader Factory =
        (writer, reader) => new GenericReader<GenericRecord>(new BaseValueReader(writer, reader));

    protected override object ReadLogical(object reuse, LogicalSchema writerSchema, Schema readerSchema, Decoder d) =>
        Read(reuse, writerSchema.BaseSchema, ((LogicalSchema)readerSchema).BaseSchema, d);
}
