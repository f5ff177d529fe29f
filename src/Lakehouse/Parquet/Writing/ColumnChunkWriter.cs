using System.Buffers;
using Lineage.Lakehouse.Buffers;
using Lineage.Lakehouse.Compression;
using Lineage.Lakehouse.Parquet.Data;
using Lineage.Lakehouse.Parquet.Encodings;
using Lineage.Lakehouse.Parquet.Levels;
using Lineage.Lakehouse.Parquet.Metadata;
using Lineage.Lakehouse.Parquet.Schema;
using Lineage.Lakehouse.Parquet.Thrift;

namespace Lineage.Lakehouse.Parquet.Writing;

/// <summary>
/// Encodes one leaf column into pages and buffers them until its row group is written: levels with the
/// RLE/bit-packed hybrid, values dictionary-encoded or PLAIN, each page compressed.
/// </summary>
internal sealed class ColumnChunkWriter
{
    /// <summary>Levels appended between page-size checks: small enough that pages stay close to their target size.</summary>
    private const int LevelBlock = 512;

    private readonly LeafColumn _leaf;
    private readonly PhysicalLayout _layout;
    private readonly ParquetWriterOptions _options;
    private readonly IBlockCodec _codec;
    private readonly IValueSink _values;
    private readonly SegmentedBuffer _pages = new();
    private readonly bool _storesLevels;
    private readonly Dictionary<(PageType, Encoding), int> _pageEncodings = [];
    private int[] _definition = new int[LevelBlock];
    private int[] _repetition = new int[LevelBlock];
    private int _pageLevels;
    private int _pageRows;
    private int _pageNulls;
    private long _chunkValues;
    private long _chunkNulls;
    private long _chunkUncompressed;

    public ColumnChunkWriter(LeafColumn leaf, ParquetWriterOptions options)
    {
        _leaf = leaf;
        // A required top-level column has no levels to write: only their count matters.
        _storesLevels = leaf.MaxDefinitionLevel > 0 || leaf.MaxRepetitionLevel > 0;
        _layout = PhysicalLayout.Of(leaf.Field);
        _options = options;
        _codec = BlockCodecs.Get(options.Compression);
        _values = ValueSinks.For(leaf.Field, _layout, options);
    }

    /// <summary>Uncompressed bytes of this chunk so far: finished pages plus the page being filled.</summary>
    public long BufferedBytes => _chunkUncompressed + _values.PageBytes + _pageLevels / 2;

    public void Add(ShreddedColumn column)
    {
        var values = ValueSinks.ToPhysical(column.Values, _leaf.Field, _layout);
        var definition = column.Definition;
        var repetition = column.Repetition;
        var valueIndices = column.ValueIndices;
        var maxDefinition = _leaf.MaxDefinitionLevel;
        var valuePosition = 0;
        for (var start = 0; start < column.LevelCount;)
        {
            if (_pageLevels > 0 && (_values.PageBytes + _pageLevels / 4 >= _options.DataPageSize || _pageLevels >= _options.DataPageValueLimit))
                WritePage();
            // Pages end on row boundaries (a v2 requirement, and what readers that skip pages expect).
            var block = Math.Clamp(_options.DataPageValueLimit - _pageLevels, 1, LevelBlock);
            var end = Math.Min(start + block, column.LevelCount);
            while (end < column.LevelCount && repetition[end] != 0)
                end++;
            var present = 0;
            if (_storesLevels)
            {
                EnsureLevelRoom(_pageLevels + end - start);
                for (var i = start; i < end; i++)
                {
                    _definition[_pageLevels] = definition[i];
                    _repetition[_pageLevels] = repetition[i];
                    _pageLevels++;
                    if (definition[i] == maxDefinition) present++;
                    if (repetition[i] == 0) _pageRows++;
                }
            }
            else
            {
                present = end - start;
                _pageLevels += present;
                _pageRows += present;
            }
            _pageNulls += end - start - present;
            _values.Append(values, valueIndices.Slice(valuePosition, present));
            valuePosition += present;
            start = end;
        }
    }

    /// <summary>Writes the dictionary page (if any page used it) and the data pages; returns the chunk's metadata.</summary>
    public async Task<ColumnChunk> WriteChunkAsync(Stream output, long offset, CancellationToken cancellationToken)
    {
        if (_pageLevels > 0)
            WritePage();
        var usesDictionary = _pageEncodings.Keys.Any(k => k.Item2 == Encoding.RleDictionary);
        long dictionaryBytes = 0;
        if (usesDictionary)
        {
            Scratch.Body.Reset();
            _values.WriteDictionary(Scratch.Body);
            var header = new PageHeader
            {
                Type = PageType.DictionaryPage,
                UncompressedPageSize = Scratch.Body.WrittenCount,
                CompressedPageSize = 0,
                DictionaryPageHeader = new DictionaryPageHeader { NumValues = _values.DictionarySize, Encoding = Encoding.Plain },
            };
            var dictionaryPage = new PooledBufferWriter(Scratch.Body.WrittenCount + 64);
            try
            {
                dictionaryBytes = WritePageTo(dictionaryPage, header, Scratch.Body.WrittenSpan, compress: true);
                _pageEncodings[(PageType.DictionaryPage, Encoding.Plain)] = 1;
                await output.WriteAsync(dictionaryPage.WrittenMemory, cancellationToken);
            }
            finally
            {
                dictionaryPage.Dispose();
            }
        }
        await _pages.CopyToAsync(output, cancellationToken);
        var pagesBytes = _pages.WrittenCount;
        var metadata = new ColumnMetaData
        {
            Type = _layout.Type,
            Encodings = [.. _pageEncodings.Keys.Select(k => k.Item2).Concat(HasLevels ? [Encoding.Rle] : []).Distinct().Order()],
            PathInSchema = [.. _leaf.Path],
            Codec = CodecOf(_options.Compression),
            NumValues = _chunkValues,
            TotalUncompressedSize = _chunkUncompressed,
            TotalCompressedSize = dictionaryBytes + pagesBytes,
            DataPageOffset = offset + dictionaryBytes,
            DictionaryPageOffset = usesDictionary ? offset : null,
            Statistics = ChunkStatistics(),
            EncodingStats = [.. _pageEncodings.Select(p => new PageEncodingStats { PageType = p.Key.Item1, Encoding = p.Key.Item2, Count = p.Value })],
        };
        ResetChunk();
        return new ColumnChunk { FileOffset = offset, MetaData = metadata };
    }

    /// <summary>The current thread's page buffers; a page is encoded without awaiting, so they cannot be shared mid-page.</summary>
    private static PageScratch Scratch => PageScratch.ForCurrentThread;

    private bool HasLevels => _leaf.MaxDefinitionLevel > 0 || _leaf.MaxRepetitionLevel > 0;

    private Statistics ChunkStatistics()
    {
        var statistics = new Statistics { NullCount = _chunkNulls };
        if (_values.Bounds is { } bounds)
        {
            statistics.MinValue = bounds.Min;
            statistics.MaxValue = bounds.Max;
        }
        return statistics;
    }

    private void WritePage()
    {
        Scratch.Body.Reset();
        var definitions = _storesLevels ? _definition.AsSpan(0, _pageLevels) : default;
        var repetitions = _storesLevels ? _repetition.AsSpan(0, _pageLevels) : default;
        PageHeader header;
        if (_options.PageVersion == DataPageVersion.V1)
        {
            if (_leaf.MaxRepetitionLevel > 0) LevelEncoding.WriteLengthPrefixed(repetitions, _leaf.MaxRepetitionLevel, Scratch.Body);
            if (_leaf.MaxDefinitionLevel > 0) LevelEncoding.WriteLengthPrefixed(definitions, _leaf.MaxDefinitionLevel, Scratch.Body);
            var encoding = _values.WritePage(Scratch.Body);
            header = new PageHeader
            {
                Type = PageType.DataPage,
                UncompressedPageSize = Scratch.Body.WrittenCount,
                CompressedPageSize = 0,
                DataPageHeader = new DataPageHeader
                {
                    NumValues = _pageLevels,
                    Encoding = encoding,
                    DefinitionLevelEncoding = Encoding.Rle,
                    RepetitionLevelEncoding = Encoding.Rle,
                },
            };
            WritePageTo(_pages, header, Scratch.Body.WrittenSpan, compress: true);
            Count(PageType.DataPage, encoding);
        }
        else
        {
            var repetitionBytes = _leaf.MaxRepetitionLevel > 0 ? LevelEncoding.Write(repetitions, _leaf.MaxRepetitionLevel, Scratch.Body) : 0;
            var definitionBytes = _leaf.MaxDefinitionLevel > 0 ? LevelEncoding.Write(definitions, _leaf.MaxDefinitionLevel, Scratch.Body) : 0;
            var encoding = _values.WritePage(Scratch.Body);
            header = new PageHeader
            {
                Type = PageType.DataPageV2,
                UncompressedPageSize = Scratch.Body.WrittenCount,
                CompressedPageSize = 0,
                DataPageHeaderV2 = new DataPageHeaderV2
                {
                    NumValues = _pageLevels,
                    NumNulls = _pageNulls,
                    NumRows = _pageRows,
                    Encoding = encoding,
                    DefinitionLevelsByteLength = definitionBytes,
                    RepetitionLevelsByteLength = repetitionBytes,
                    IsCompressed = _options.Compression != CompressionKind.None,
                },
            };
            WriteV2PageTo(_pages, header, Scratch.Body.WrittenSpan, repetitionBytes + definitionBytes);
            Count(PageType.DataPageV2, encoding);
        }
        _chunkValues += _pageLevels;
        _chunkNulls += _pageNulls;
        _pageLevels = _pageRows = _pageNulls = 0;
    }

    /// <summary>Writes header + body, compressing the whole body; returns the bytes written.</summary>
    private long WritePageTo(IBufferWriter<byte> output, PageHeader header, ReadOnlySpan<byte> body, bool compress)
    {
        ReadOnlySpan<byte> stored = body;
        if (compress && _options.Compression != CompressionKind.None)
        {
            Scratch.Compressed.Reset();
            _codec.Compress(body, Scratch.Compressed);
            stored = Scratch.Compressed.WrittenSpan;
        }
        header.CompressedPageSize = stored.Length;
        return WriteHeaderAndBody(output, header, stored, body.Length);
    }

    /// <summary>A v2 page keeps its levels uncompressed; only the values after them are compressed.</summary>
    private void WriteV2PageTo(IBufferWriter<byte> output, PageHeader header, ReadOnlySpan<byte> body, int levelBytes)
    {
        Scratch.Compressed.Reset();
        Scratch.Compressed.Write(body[..levelBytes]);
        if (_options.Compression == CompressionKind.None)
            Scratch.Compressed.Write(body[levelBytes..]);
        else
            _codec.Compress(body[levelBytes..], Scratch.Compressed);
        header.CompressedPageSize = Scratch.Compressed.WrittenCount;
        WriteHeaderAndBody(output, header, Scratch.Compressed.WrittenSpan, body.Length);
    }

    private long WriteHeaderAndBody(IBufferWriter<byte> output, PageHeader header, ReadOnlySpan<byte> stored, int uncompressedBody)
    {
        Scratch.Header.Reset();
        header.Write(new CompactProtocolWriter(Scratch.Header));
        output.Write(Scratch.Header.WrittenSpan);
        output.Write(stored);
        _chunkUncompressed += Scratch.Header.WrittenCount + uncompressedBody;
        return Scratch.Header.WrittenCount + stored.Length;
    }

    private void Count(PageType type, Encoding encoding) =>
        _pageEncodings[(type, encoding)] = _pageEncodings.GetValueOrDefault((type, encoding)) + 1;

    private void EnsureLevelRoom(int needed)
    {
        if (needed <= _definition.Length)
            return;
        var size = Math.Max(needed, _definition.Length * 2);
        Array.Resize(ref _definition, size);
        Array.Resize(ref _repetition, size);
    }

    private void ResetChunk()
    {
        _pages.Reset();
        _pageEncodings.Clear();
        _values.ResetChunk();
        _chunkValues = _chunkNulls = _chunkUncompressed = 0;
    }

    internal static CompressionCodec CodecOf(CompressionKind kind) => kind switch
    {
        CompressionKind.None => CompressionCodec.Uncompressed,
        CompressionKind.Snappy => CompressionCodec.Snappy,
        CompressionKind.Gzip => CompressionCodec.Gzip,
        CompressionKind.Brotli => CompressionCodec.Brotli,
        CompressionKind.Zstd => CompressionCodec.Zstd,
        CompressionKind.Lz4Raw => CompressionCodec.Lz4Raw,
        _ => throw new ArgumentOutOfRangeException(nameof(kind), kind, "Parquet has no such codec."),
    };
}
