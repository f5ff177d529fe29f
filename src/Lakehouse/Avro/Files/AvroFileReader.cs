using System.Text;
using Lineage.Lakehouse.Avro.Binary;
using Lineage.Lakehouse.Avro.Codecs;
using Lineage.Lakehouse.Avro.Schemas;
using Lineage.Lakehouse.Avro.Values;
using Lineage.Lakehouse.Buffers;

namespace Lineage.Lakehouse.Avro.Files;

/// <summary>
/// Reads an Avro object container file with the schema it was written with. The header is read when the reader is
/// created; values are decoded block by block as they are enumerated. Every block's sync marker (and, for snappy,
/// its CRC-32) is checked before its values are handed out; any corruption is an <see cref="AvroFormatException"/>.
/// </summary>
public sealed class AvroFileReader : IDisposable
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private readonly Stream _stream;
    private readonly bool _leaveOpen;
    private readonly AvroStreamSource _source;
    private readonly byte[] _sync = new byte[AvroContainerFormat.SyncSize];
    private readonly long _firstBlockOffset;
    private bool _enumerated;

    /// <exception cref="AvroFormatException">The stream does not start with a valid container file header.</exception>
    public AvroFileReader(Stream input, bool leaveOpen = false)
    {
        ArgumentNullException.ThrowIfNull(input);
        _stream = input;
        _leaveOpen = leaveOpen;
        _source = new AvroStreamSource(input);
        try
        {
            (Metadata, Schema, Codec) = ReadHeader();
        }
        catch
        {
            if (!leaveOpen)
                input.Dispose();
            throw;
        }
        _firstBlockOffset = _source.Offset;
    }

    /// <summary>Reads a file held in memory.</summary>
    public AvroFileReader(byte[] file)
        : this(new MemoryStream(file ?? throw new ArgumentNullException(nameof(file)), writable: false))
    {
    }

    /// <summary>Opens the file at <paramref name="path"/>.</summary>
    public static AvroFileReader Open(string path) => new(File.OpenRead(path));

    /// <summary>The writer's schema (from <c>avro.schema</c>).</summary>
    public AvroSchema Schema { get; }

    /// <summary>All header metadata, including <c>avro.schema</c> and <c>avro.codec</c>.</summary>
    public AvroMetadata Metadata { get; }

    public AvroCodec Codec { get; }

    /// <summary>
    /// Every value in the file, in order. A seekable stream can be enumerated again from the start; a non-seekable
    /// one only once.
    /// </summary>
    public IEnumerable<object?> Values()
    {
        if (_enumerated && !_source.CanSeek)
            throw new InvalidOperationException("The values of a non-seekable stream can be enumerated only once.");
        _enumerated = true;
        return ReadBlocks();
    }

    /// <summary>Every value in the file as a record.</summary>
    /// <exception cref="InvalidOperationException">The file's schema is not a record.</exception>
    public IEnumerable<AvroRecord> Records()
    {
        if (Schema is not AvroRecordSchema)
            throw new InvalidOperationException(
                $"The file holds values of type {AvroTypeNames.Of(Schema.Kind)}, not records; use Values().");
        return Values().Cast<AvroRecord>();
    }

    public void Dispose()
    {
        if (!_leaveOpen)
            _stream.Dispose();
    }

    private (AvroMetadata, AvroSchema, AvroCodec) ReadHeader()
    {
        Span<byte> magic = stackalloc byte[4];
        _source.ReadExactly(magic, "the magic bytes");
        if (!magic.SequenceEqual(AvroContainerFormat.Magic))
            throw new AvroFormatException(
                $"this is not an Avro object container file: it starts with {Convert.ToHexString(magic)}, not 4F626A01 ('Obj' 1)", 0);
        var metadata = ReadMetadata();
        _source.ReadExactly(_sync, "the header's sync marker");
        return (metadata, ParseSchema(metadata), ParseCodec(metadata));
    }

    private AvroMetadata ReadMetadata()
    {
        var entries = new List<KeyValuePair<string, byte[]>>();
        using var scratch = new PooledBufferWriter();
        while (true)
        {
            var countOffset = _source.Offset;
            var count = _source.ReadLong("the metadata entry count");
            if (count == 0)
                break;
            if (count < 0)
            {
                count = count == long.MinValue ? long.MaxValue : -count;
                _source.ReadLong("the metadata block size");
            }
            if (count > _source.Remaining / 2)
                throw new AvroFormatException($"the header claims {count} metadata entries, more than the file can hold", countOffset);
            for (long i = 0; i < count; i++)
            {
                var keyOffset = _source.Offset;
                _source.ReadInto(scratch, _source.ReadLong("a metadata key length"), "a metadata key");
                string key;
                try
                {
                    key = StrictUtf8.GetString(scratch.WrittenSpan);
                }
                catch (DecoderFallbackException)
                {
                    throw new AvroFormatException("a metadata key is not valid UTF-8", keyOffset);
                }
                _source.ReadInto(scratch, _source.ReadLong($"the length of metadata value '{key}'"), $"metadata value '{key}'");
                entries.Add(KeyValuePair.Create(key, scratch.WrittenSpan.ToArray()));
            }
        }
        return new AvroMetadata(entries);
    }

    private static AvroSchema ParseSchema(AvroMetadata metadata)
    {
        if (!metadata.TryGetValue(AvroContainerFormat.SchemaKey, out var schemaBytes))
            throw new AvroFormatException($"the header has no '{AvroContainerFormat.SchemaKey}' entry", 4);
        try
        {
            return AvroSchema.Parse(StrictUtf8.GetString(schemaBytes));
        }
        catch (Exception e) when (e is AvroSchemaException or DecoderFallbackException)
        {
            throw new AvroFormatException($"the header's '{AvroContainerFormat.SchemaKey}' is not a valid schema: {e.Message}", 4, e);
        }
    }

    private static AvroCodec ParseCodec(AvroMetadata metadata)
    {
        var name = metadata.TryGetValue(AvroContainerFormat.CodecKey, out var bytes) ? Encoding.UTF8.GetString(bytes) : "null";
        return AvroContainerFormat.TryParseCodec(name, out var codec)
            ? codec
            : throw new AvroFormatException(
                $"the file is compressed with codec '{name}', which this reader does not support (null, deflate, snappy)", 4);
    }

    private IEnumerable<object?> ReadBlocks()
    {
        if (_source.CanSeek)
            _source.Seek(_firstBlockOffset);
        var codec = AvroBlockCodec.For(Codec);
        var minimumSize = Schema.MinimumEncodedSize;
        using var compressed = new PooledBufferWriter();
        using var decompressed = new PooledBufferWriter();
        var syncBuffer = new byte[AvroContainerFormat.SyncSize];
        for (var index = 0; !_source.AtEnd; index++)
        {
            var block = $"block {index}";
            var blockOffset = _source.Offset;
            var count = _source.ReadLong($"the object count of {block}");
            var size = _source.ReadLong($"the size of {block}");
            if (count < 0 || size < 0 || size > AvroBlockCodec.MaxDecompressedSize)
                throw new AvroFormatException($"{block} has an invalid object count {count} or size {size}", blockOffset);
            var dataOffset = _source.Offset;
            _source.ReadInto(compressed, size, $"the data of {block}");
            _source.ReadExactly(syncBuffer, $"the sync marker after {block}");
            if (!syncBuffer.AsSpan().SequenceEqual(_sync))
                throw new AvroFormatException($"the sync marker after {block} does not match the header's: the file is corrupt", _source.Offset - AvroContainerFormat.SyncSize);
            var data = codec.Decompress(compressed.WrittenMemory, decompressed, blockOffset, block);
            CheckCount(count, minimumSize, data.Length, block, blockOffset);
            var reader = Codec == AvroCodec.Null
                ? new AvroBinaryReader(data, dataOffset, $"in {block}")
                : new AvroBinaryReader(data, blockOffset, $"in the decompressed data of {block}");
            for (long i = 0; i < count; i++)
                yield return AvroDatumReader.Read(reader, Schema);
            if (!reader.IsAtEnd)
                throw reader.Error($"{reader.Remaining} bytes are left over after the {count} objects");
        }
    }

    private static void CheckCount(long count, int minimumSize, int dataLength, string block, long blockOffset)
    {
        var fits = minimumSize > 0 ? count <= dataLength / minimumSize : count <= AvroDatumReader.MaxZeroByteItems;
        if (!fits)
            throw new AvroFormatException($"{block} claims {count} objects, more than its {dataLength} bytes can hold", blockOffset);
    }
}
