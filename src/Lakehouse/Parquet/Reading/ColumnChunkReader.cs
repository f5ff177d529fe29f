using System.Buffers;
using Lineage.Lakehouse.Compression;
using Lineage.Lakehouse.Parquet.Data;
using Lineage.Lakehouse.Parquet.Encodings;
using Lineage.Lakehouse.Parquet.Levels;
using Lineage.Lakehouse.Parquet.Metadata;
using Lineage.Lakehouse.Parquet.Schema;

namespace Lineage.Lakehouse.Parquet.Reading;

/// <summary>
/// Reads the pages of one column chunk (dictionary, v1 and v2 data pages) and hands their levels and values to
/// a <see cref="LevelAssembler"/>. Every size read from the file is checked against the bytes that hold it.
/// </summary>
internal sealed class ColumnChunkReader
{
    /// <summary>No page may claim more levels or bytes than this: a bound for hostile files.</summary>
    private const int MaxPageLevels = 1 << 24;
    private const int MaxPageBytes = 1 << 28;

    /// <summary>No codec inflates data by more than this (deflate peaks near 1032:1).</summary>
    private const int MaxExpansion = 4096;

    private readonly LeafColumn _leaf;
    private readonly ColumnMetaData _metadata;
    private readonly IBlockCodec _codec;
    private readonly LeafValueDecoder _decoder;

    private readonly string _file;

    public ColumnChunkReader(string file, LeafColumn leaf, SchemaElement element, ColumnMetaData metadata)
    {
        _file = file;
        _leaf = leaf;
        _metadata = metadata;
        _codec = BlockCodecs.Get(KindOf(metadata.Codec, leaf));
        _decoder = new LeafValueDecoder(leaf.Field, element);
    }

    /// <summary>Decodes pages until the chunk ends or <paramref name="rowLimit"/> rows were assembled; returns the rows.</summary>
    public long Read(ReadOnlyMemory<byte> chunk, long chunkOffset, LevelAssembler assembler, long rowLimit)
    {
        var dense = assembler.ValuesInPlace ? assembler.LeafVector : ColumnVectors.Create(_leaf.Field.Type);
        var valueIndex = 0;
        long rows = 0, levels = 0;
        var position = 0;
        while (position < chunk.Length && levels < _metadata.NumValues && rows < rowLimit)
        {
            var pageOffset = chunkOffset + position;
            var header = PageHeader.Read(chunk[position..], pageOffset, out var headerLength);
            position += headerLength;
            if (header.CompressedPageSize < 0 || header.CompressedPageSize > chunk.Length - position)
                throw Error(pageOffset, $"a page claims {header.CompressedPageSize} bytes but the column chunk has {chunk.Length - position} left");
            if (header.UncompressedPageSize is < 0 or > MaxPageBytes
                || (long)header.UncompressedPageSize > (long)header.CompressedPageSize * MaxExpansion + 64 * 1024)
                throw Error(pageOffset, $"a page claims an uncompressed size of {header.UncompressedPageSize} bytes for {header.CompressedPageSize} stored");
            var payload = chunk.Slice(position, header.CompressedPageSize).Span;
            position += header.CompressedPageSize;
            switch (header.Type)
            {
                case PageType.DictionaryPage:
                    ReadDictionaryPage(header, payload, pageOffset);
                    break;
                case PageType.DataPage:
                case PageType.DataPageV2:
                    var page = ReadDataPage(header, payload, pageOffset, dense);
                    var take = TakeRows(page.Repetition, rowLimit - rows, out var pageRows);
                    assembler.Append(page.Definition.AsSpan(0, take), page.Repetition.AsSpan(0, take), dense, ref valueIndex);
                    rows += pageRows;
                    levels += page.Definition.Length;
                    break;
                default:
                    break; // Index pages and unknown page types carry nothing a reader needs.
            }
        }
        if (assembler.ValuesInPlace)
            dense.Truncate(valueIndex);
        return rows;
    }

    private void ReadDictionaryPage(PageHeader header, ReadOnlySpan<byte> payload, long offset)
    {
        var dictionary = header.DictionaryPageHeader;
        if (dictionary is null)
            throw Error(offset, "a dictionary page has no dictionary page header");
        if (dictionary.NumValues < 0 || dictionary.NumValues > (long)header.UncompressedPageSize * 8 + 8)
            throw Error(offset, $"a dictionary page claims {dictionary.NumValues} values in {header.UncompressedPageSize} bytes");
        var body = ArrayPool<byte>.Shared.Rent(header.UncompressedPageSize);
        try
        {
            var bytes = body.AsSpan(0, header.UncompressedPageSize);
            _codec.Decompress(payload, bytes);
            _decoder.ReadDictionary(bytes, dictionary.NumValues);
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(body);
        }
    }

    private DecodedPage ReadDataPage(PageHeader header, ReadOnlySpan<byte> payload, long offset, ColumnVector dense)
    {
        var v2 = header.DataPageHeaderV2;
        var v1 = header.DataPageHeader;
        if (v1 is null && v2 is null)
            throw Error(offset, "a data page has no data page header");
        var count = v2?.NumValues ?? v1!.NumValues;
        if (count is < 0 or > MaxPageLevels)
            throw Error(offset, $"a data page claims {count} values (at most {MaxPageLevels} are accepted)");
        var page = new DecodedPage(count);
        var body = ArrayPool<byte>.Shared.Rent(Math.Max(header.UncompressedPageSize, 1));
        try
        {
            ReadOnlySpan<byte> values;
            Encoding encoding;
            if (v2 is not null)
            {
                var levelBytes = (long)v2.RepetitionLevelsByteLength + v2.DefinitionLevelsByteLength;
                if (v2.RepetitionLevelsByteLength < 0 || v2.DefinitionLevelsByteLength < 0 || levelBytes > payload.Length || levelBytes > header.UncompressedPageSize)
                    throw Error(offset, $"a v2 page's level lengths ({v2.RepetitionLevelsByteLength} + {v2.DefinitionLevelsByteLength}) exceed the page");
                var repetition = payload[..v2.RepetitionLevelsByteLength];
                var definition = payload.Slice(v2.RepetitionLevelsByteLength, v2.DefinitionLevelsByteLength);
                LevelEncoding.Read(repetition, _leaf.MaxRepetitionLevel, page.Repetition);
                LevelEncoding.Read(definition, _leaf.MaxDefinitionLevel, page.Definition);
                var stored = payload[(int)levelBytes..];
                var size = header.UncompressedPageSize - (int)levelBytes;
                if (v2.IsCompressed && _metadata.Codec != CompressionCodec.Uncompressed)
                {
                    _codec.Decompress(stored, body.AsSpan(0, size));
                    values = body.AsSpan(0, size);
                }
                else
                {
                    values = stored;
                }
                encoding = v2.Encoding;
            }
            else
            {
                var bytes = body.AsSpan(0, header.UncompressedPageSize);
                _codec.Decompress(payload, bytes);
                var used = 0;
                if (_leaf.MaxRepetitionLevel > 0)
                    used += LevelEncoding.ReadLengthPrefixed(bytes, _leaf.MaxRepetitionLevel, page.Repetition);
                if (_leaf.MaxDefinitionLevel > 0)
                    used += LevelEncoding.ReadLengthPrefixed(bytes[used..], _leaf.MaxDefinitionLevel, page.Definition);
                values = bytes[used..];
                encoding = v1!.Encoding;
            }
            var present = 0;
            var maxDefinition = _leaf.MaxDefinitionLevel;
            foreach (var level in page.Definition)
            {
                if (level == maxDefinition) present++;
                else if (level > maxDefinition) throw Error(offset, $"a definition level {level} exceeds the column's maximum {maxDefinition}");
            }
            _decoder.Decode(values, encoding, present, dense);
            return page;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(body);
        }
    }

    private ParquetFormatException Error(long offset, string problem) => new(_file, _leaf.DottedPath, offset, problem);

    /// <summary>How many level entries make up at most <paramref name="rowsWanted"/> whole rows.</summary>
    private static int TakeRows(ReadOnlySpan<int> repetition, long rowsWanted, out long rows)
    {
        rows = 0;
        for (var i = 0; i < repetition.Length; i++)
        {
            if (repetition[i] != 0)
                continue;
            if (rows == rowsWanted)
                return i;
            rows++;
        }
        return repetition.Length;
    }

    private static CompressionKind KindOf(CompressionCodec codec, LeafColumn leaf) => codec switch
    {
        CompressionCodec.Uncompressed => CompressionKind.None,
        CompressionCodec.Snappy => CompressionKind.Snappy,
        CompressionCodec.Gzip => CompressionKind.Gzip,
        CompressionCodec.Brotli => CompressionKind.Brotli,
        CompressionCodec.Zstd => CompressionKind.Zstd,
        CompressionCodec.Lz4Raw => CompressionKind.Lz4Raw,
        _ => throw new NotSupportedException(
            $"unsupported codec {codec} in column '{leaf.DottedPath}' (Lineage reads UNCOMPRESSED, SNAPPY, GZIP, BROTLI, ZSTD and LZ4_RAW)"),
    };
}
