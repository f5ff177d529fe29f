using System.Security.Cryptography;
using System.Text;
using Lineage.Lakehouse.Avro.Binary;
using Lineage.Lakehouse.Avro.Codecs;
using Lineage.Lakehouse.Avro.Schemas;
using Lineage.Lakehouse.Buffers;

namespace Lineage.Lakehouse.Avro.Files;

/// <summary>
/// Writes an Avro object container file: the header (magic, metadata with <c>avro.schema</c> and <c>avro.codec</c>,
/// sync marker) when created, then blocks of appended values, each compressed by the codec and followed by the
/// sync marker. A block is written when it reaches <see cref="AvroFileWriterOptions.BlockSizeBytes"/>, on
/// <see cref="Flush"/> and on <see cref="Dispose"/>.
/// </summary>
public sealed class AvroFileWriter : IDisposable
{
    private readonly Stream _output;
    private readonly AvroFileWriterOptions _options;
    private readonly AvroBlockCodec _codec;
    private readonly byte[] _sync;
    private readonly PooledBufferWriter _block = new();
    private readonly PooledBufferWriter _encoded = new();
    private readonly AvroBinaryWriter _blockWriter;
    private long _blockCount;
    private bool _disposed;

    /// <exception cref="ArgumentException">The options carry a reserved metadata key or a sync marker that is not 16 bytes.</exception>
    public AvroFileWriter(Stream output, AvroSchema schema, AvroFileWriterOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(output);
        ArgumentNullException.ThrowIfNull(schema);
        _options = options ?? new AvroFileWriterOptions();
        if (_options.BlockSizeBytes <= 0)
            throw new ArgumentException($"The block size must be positive, not {_options.BlockSizeBytes}.", nameof(options));
        _sync = _options.SyncMarker?.ToArray() ?? RandomNumberGenerator.GetBytes(AvroContainerFormat.SyncSize);
        if (_sync.Length != AvroContainerFormat.SyncSize)
            throw new ArgumentException($"A sync marker has {AvroContainerFormat.SyncSize} bytes, not {_sync.Length}.", nameof(options));
        _output = output;
        _codec = AvroBlockCodec.For(_options.Codec);
        _blockWriter = new AvroBinaryWriter(_block);
        Schema = schema;
        WriteHeader();
    }

    public AvroSchema Schema { get; }

    public AvroCodec Codec => _options.Codec;

    /// <summary>Values appended so far.</summary>
    public long Count { get; private set; }

    /// <summary>Appends one value (usually an <see cref="Values.AvroRecord"/>).</summary>
    /// <exception cref="AvroValueException">The value does not fit the schema; nothing of it is written.</exception>
    public void Append(object? value)
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        var mark = _block.WrittenCount;
        try
        {
            AvroDatumWriter.Write(_blockWriter, Schema, value);
        }
        catch
        {
            _block.Truncate(mark);
            throw;
        }
        _blockCount++;
        Count++;
        if (_block.WrittenCount >= _options.BlockSizeBytes)
            WriteBlock();
    }

    /// <summary>Ends the current block (if it holds values) and flushes the stream.</summary>
    public void Flush()
    {
        ObjectDisposedException.ThrowIf(_disposed, this);
        WriteBlock();
        _output.Flush();
    }

    public void Dispose()
    {
        if (_disposed)
            return;
        try
        {
            Flush();
        }
        finally
        {
            _disposed = true;
            _block.Dispose();
            _encoded.Dispose();
            if (!_options.LeaveOpen)
                _output.Dispose();
        }
    }

    private void WriteHeader()
    {
        var metadata = new List<KeyValuePair<string, byte[]>>
        {
            KeyValuePair.Create(AvroContainerFormat.SchemaKey, Encoding.UTF8.GetBytes(Schema.ToJson())),
            KeyValuePair.Create(AvroContainerFormat.CodecKey, Encoding.UTF8.GetBytes(AvroContainerFormat.NameOf(_options.Codec))),
        };
        foreach (var (key, value) in _options.Metadata)
        {
            if (key.StartsWith(AvroContainerFormat.ReservedPrefix, StringComparison.Ordinal))
                throw new ArgumentException(
                    $"Metadata key '{key}' is reserved: keys starting with '{AvroContainerFormat.ReservedPrefix}' belong to the format.",
                    nameof(_options.Metadata));
            metadata.Add(KeyValuePair.Create(key, value));
        }
        var header = new AvroBinaryWriter(_encoded);
        header.WriteFixed(AvroContainerFormat.Magic);
        header.WriteLong(metadata.Count);
        foreach (var (key, value) in metadata)
        {
            header.WriteString(key);
            header.WriteBytes(value);
        }
        header.WriteLong(0);
        header.WriteFixed(_sync);
        _output.Write(_encoded.WrittenSpan);
        _encoded.Truncate(0);
    }

    private void WriteBlock()
    {
        if (_blockCount == 0)
            return;
        var compressed = new PooledBufferWriter(_block.WrittenCount + 64);
        try
        {
            _codec.Compress(_block.WrittenSpan, compressed);
            var frame = new AvroBinaryWriter(_encoded);
            frame.WriteLong(_blockCount);
            frame.WriteLong(compressed.WrittenCount);
            _output.Write(_encoded.WrittenSpan);
            _output.Write(compressed.WrittenSpan);
            _output.Write(_sync);
        }
        finally
        {
            compressed.Dispose();
            _encoded.Truncate(0);
        }
        _block.Truncate(0);
        _blockCount = 0;
    }
}
