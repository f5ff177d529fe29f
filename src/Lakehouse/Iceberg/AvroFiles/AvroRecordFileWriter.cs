using Avro.File;
using Avro.Generic;

namespace Lineage.Lakehouse.Iceberg.AvroFiles;

/// <summary>
/// Writes records into an Avro object container file in memory with Apache.Avro's <see cref="DataFileWriter{T}"/>;
/// the header carries the given metadata and the schema's JSON exactly as Iceberg writes it.
/// </summary>
internal sealed class AvroRecordFileWriter
{
    private readonly MemoryStream _buffer = new();
    private readonly IcebergAvroRecord _schema;
    private readonly IFileWriter<GenericRecord> _writer;
    private byte[]? _finished;

    public AvroRecordFileWriter(IcebergAvroRecord schema, Codec.Type codec, IReadOnlyDictionary<string, string> metadata)
    {
        AvroSetup.Ensure();
        _schema = schema;
        _writer = DataFileWriter<GenericRecord>.OpenWriter(
            new GenericWriter<GenericRecord>(new BaseValueWriter(schema.Schema)), _buffer, AvroCodecs.For(codec), leaveOpen: true);
        foreach (var (key, value) in metadata)
            _writer.SetMeta(key, value);
    }

    public int Count { get; private set; }

    public void Append(GenericRecord record)
    {
        ObjectDisposedException.ThrowIf(_finished is not null, this);
        _writer.Append(record);
        Count++;
    }

    /// <summary>Ends the file; later calls return the same bytes.</summary>
    public byte[] Finish()
    {
        if (_finished is null)
        {
            _writer.Dispose();
            _finished = AvroContainerHeader.ReplaceSchema(_buffer.ToArray(), _schema.Json);
        }
        return _finished;
    }
}
