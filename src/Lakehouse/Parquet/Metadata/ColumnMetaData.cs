using Lineage.Lakehouse.Parquet.Thrift;

namespace Lineage.Lakehouse.Parquet.Metadata;

/// <summary>Where a column chunk's pages are, how they are stored, and their statistics.</summary>
public sealed class ColumnMetaData
{
    public required PhysicalType Type { get; set; }

    /// <summary>Every encoding used by the chunk's pages, levels included.</summary>
    public required List<Encoding> Encodings { get; set; }

    public required List<string> PathInSchema { get; set; }
    public required CompressionCodec Codec { get; set; }

    /// <summary>Values in the chunk, nulls and repeated values included.</summary>
    public required long NumValues { get; set; }

    /// <summary>Bytes of all pages uncompressed, headers included.</summary>
    public required long TotalUncompressedSize { get; set; }

    /// <summary>Bytes of all pages as stored, headers included.</summary>
    public required long TotalCompressedSize { get; set; }

    public List<KeyValue>? KeyValueMetadata { get; set; }

    /// <summary>File offset of the first data page.</summary>
    public required long DataPageOffset { get; set; }

    public long? IndexPageOffset { get; set; }
    public long? DictionaryPageOffset { get; set; }
    public Statistics? Statistics { get; set; }
    public List<PageEncodingStats>? EncodingStats { get; set; }
    public long? BloomFilterOffset { get; set; }
    public int? BloomFilterLength { get; set; }

    public static ColumnMetaData Read(CompactProtocolReader reader)
    {
        var start = reader.AbsolutePosition;
        PhysicalType? type = null;
        List<Encoding>? encodings = null;
        List<string>? pathInSchema = null;
        CompressionCodec? codec = null;
        long? numValues = null;
        long? totalUncompressedSize = null;
        long? totalCompressedSize = null;
        List<KeyValue>? keyValueMetadata = null;
        long? dataPageOffset = null;
        long? indexPageOffset = null;
        long? dictionaryPageOffset = null;
        Statistics? statistics = null;
        List<PageEncodingStats>? encodingStats = null;
        long? bloomFilterOffset = null;
        int? bloomFilterLength = null;
        reader.ReadStructBegin();
        for (var field = reader.ReadFieldBegin(); !field.IsStop; field = reader.ReadFieldBegin())
        {
            switch (field.Id, field.Type)
            {
                case (1, ThriftType.I32): type = (PhysicalType)reader.ReadI32(); break;
                case (2, ThriftType.List): encodings = reader.ReadList(ThriftType.I32, static r => (Encoding)r.ReadI32()); break;
                case (3, ThriftType.List): pathInSchema = reader.ReadList(ThriftType.Binary, static r => r.ReadString()); break;
                case (4, ThriftType.I32): codec = (CompressionCodec)reader.ReadI32(); break;
                case (5, ThriftType.I64): numValues = reader.ReadI64(); break;
                case (6, ThriftType.I64): totalUncompressedSize = reader.ReadI64(); break;
                case (7, ThriftType.I64): totalCompressedSize = reader.ReadI64(); break;
                case (8, ThriftType.List): keyValueMetadata = reader.ReadList(ThriftType.Struct, KeyValue.Read); break;
                case (9, ThriftType.I64): dataPageOffset = reader.ReadI64(); break;
                case (10, ThriftType.I64): indexPageOffset = reader.ReadI64(); break;
                case (11, ThriftType.I64): dictionaryPageOffset = reader.ReadI64(); break;
                case (12, ThriftType.Struct): statistics = Statistics.Read(reader); break;
                case (13, ThriftType.List): encodingStats = reader.ReadList(ThriftType.Struct, PageEncodingStats.Read); break;
                case (14, ThriftType.I64): bloomFilterOffset = reader.ReadI64(); break;
                case (15, ThriftType.I32): bloomFilterLength = reader.ReadI32(); break;
                default: reader.Skip(field.Type); break;
            }
        }
        reader.ReadStructEnd();
        const string name = nameof(ColumnMetaData);
        return new ColumnMetaData
        {
            Type = type ?? throw ThriftFormatException.MissingField(name, "type", start),
            Encodings = encodings ?? throw ThriftFormatException.MissingField(name, "encodings", start),
            PathInSchema = pathInSchema ?? throw ThriftFormatException.MissingField(name, "path_in_schema", start),
            Codec = codec ?? throw ThriftFormatException.MissingField(name, "codec", start),
            NumValues = numValues ?? throw ThriftFormatException.MissingField(name, "num_values", start),
            TotalUncompressedSize = totalUncompressedSize
                ?? throw ThriftFormatException.MissingField(name, "total_uncompressed_size", start),
            TotalCompressedSize = totalCompressedSize
                ?? throw ThriftFormatException.MissingField(name, "total_compressed_size", start),
            KeyValueMetadata = keyValueMetadata,
            DataPageOffset = dataPageOffset ?? throw ThriftFormatException.MissingField(name, "data_page_offset", start),
            IndexPageOffset = indexPageOffset,
            DictionaryPageOffset = dictionaryPageOffset,
            Statistics = statistics,
            EncodingStats = encodingStats,
            BloomFilterOffset = bloomFilterOffset,
            BloomFilterLength = bloomFilterLength,
        };
    }

    public void Write(CompactProtocolWriter writer)
    {
        writer.WriteStructBegin();
        writer.WriteI32Field(1, (int)Type);
        writer.WriteListField(2, ThriftType.I32, Encodings, static (w, encoding) => w.WriteI32((int)encoding));
        writer.WriteListField(3, ThriftType.Binary, PathInSchema, static (w, part) => w.WriteString(part));
        writer.WriteI32Field(4, (int)Codec);
        writer.WriteI64Field(5, NumValues);
        writer.WriteI64Field(6, TotalUncompressedSize);
        writer.WriteI64Field(7, TotalCompressedSize);
        if (KeyValueMetadata is not null)
            writer.WriteListField(8, ThriftType.Struct, KeyValueMetadata, static (w, entry) => entry.Write(w));
        writer.WriteI64Field(9, DataPageOffset);
        if (IndexPageOffset is { } indexPageOffset) writer.WriteI64Field(10, indexPageOffset);
        if (DictionaryPageOffset is { } dictionaryPageOffset) writer.WriteI64Field(11, dictionaryPageOffset);
        if (Statistics is not null)
        {
            writer.WriteFieldBegin(12, ThriftType.Struct);
            Statistics.Write(writer);
        }
        if (EncodingStats is not null)
            writer.WriteListField(13, ThriftType.Struct, EncodingStats, static (w, stats) => stats.Write(w));
        if (BloomFilterOffset is { } bloomFilterOffset) writer.WriteI64Field(14, bloomFilterOffset);
        if (BloomFilterLength is { } bloomFilterLength) writer.WriteI32Field(15, bloomFilterLength);
        writer.WriteStructEnd();
    }
}
