using System.Runtime.CompilerServices;
using Lineage.Lakehouse.Compression;
using Lineage.Lakehouse.IO;
using Lineage.Lakehouse.Parquet.Data;
using Lineage.Lakehouse.Parquet.Encodings;
using Lineage.Lakehouse.Parquet.Levels;
using Lineage.Lakehouse.Parquet.Metadata;
using Lineage.Lakehouse.Parquet.Schema;
using Lineage.Lakehouse.Parquet.Thrift;

namespace Lineage.Lakehouse.Parquet.Reading;

/// <summary>
/// Reads a Parquet file by ranges: the footer first (a suffix read), then only the column chunks of the projected
/// columns of the row groups the filters keep, one row group per batch (memory bounded by a row group).
/// Anything malformed raises <see cref="ParquetFormatException"/> naming the file, column and offset.
/// </summary>
public sealed class ParquetReader : IAsyncDisposable
{
    private const int FooterGuess = 64 * 1024;

    private readonly IReadableFile _file;
    private readonly bool _ownsFile;
    private readonly FileSchema _fileSchema;

    private ParquetReader(IReadableFile file, bool ownsFile, FileMetaData metadata, FileSchema schema)
    {
        _file = file;
        _ownsFile = ownsFile;
        Metadata = metadata;
        _fileSchema = schema;
    }

    public ParquetSchema Schema => _fileSchema.Schema;

    public long RowCount => Metadata.NumRows;

    public int RowGroupCount => Metadata.RowGroups.Count;

    public string? CreatedBy => Metadata.CreatedBy;

    public IReadOnlyDictionary<string, string?> KeyValueMetadata =>
        (Metadata.KeyValueMetadata ?? []).GroupBy(k => k.Key).ToDictionary(g => g.Key, g => g.Last().Value);

    /// <summary>The raw footer, for tools that show encodings, sizes and statistics.</summary>
    public FileMetaData Metadata { get; }

    public static async Task<ParquetReader> OpenAsync(string path, CancellationToken cancellationToken = default)
    {
        var file = LocalReadableFile.Open(path);
        try
        {
            return await OpenAsync(file, ownsFile: true, cancellationToken);
        }
        catch
        {
            await file.DisposeAsync();
            throw;
        }
    }

    public static async Task<ParquetReader> OpenAsync(IReadableFile file, bool ownsFile = false, CancellationToken cancellationToken = default)
    {
        var length = file.Length;
        // One suffix read usually holds the whole footer; a larger footer costs a second read.
        var tail = new byte[(int)Math.Min(length, FooterGuess)];
        await file.ReadAsync(length - tail.Length, tail, cancellationToken);
        FooterLocation location;
        try
        {
            location = ParquetFooter.Locate(tail.AsSpan(tail.Length - Math.Min(tail.Length, ParquetFooter.TrailerLength)), length);
        }
        catch (ParquetFooterException e)
        {
            throw new ParquetFormatException(file.Location, null, Math.Max(0, length - ParquetFooter.TrailerLength), e.Message, e);
        }
        ReadOnlyMemory<byte> footer;
        var tailStart = length - tail.Length;
        if (location.Offset >= tailStart)
        {
            footer = tail.AsMemory((int)(location.Offset - tailStart), location.Length);
        }
        else
        {
            var bytes = new byte[location.Length];
            await file.ReadAsync(location.Offset, bytes, cancellationToken);
            footer = bytes;
        }
        try
        {
            var metadata = ParquetFooter.Parse(footer, location.Offset);
            var schema = SchemaReader.Read(metadata.Schema);
            Validate(metadata, schema);
            return new ParquetReader(file, ownsFile, metadata, schema);
        }
        catch (Exception e) when (IsFormatProblem(e))
        {
            var offset = e is ThriftFormatException thrift ? thrift.Offset : location.Offset;
            throw new ParquetFormatException(file.Location, null, offset, "the footer is corrupt: " + e.Message, e);
        }
    }

    /// <summary>Streams the rows as one batch per row group (fewer with a limit).</summary>
    public async IAsyncEnumerable<RecordBatch> ReadAsync(ParquetReadOptions? options = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        options ??= new ParquetReadOptions();
        var projected = options.Columns is null ? Schema : Schema.Project(options.Columns);
        var leafMap = MapLeaves(projected);
        var remaining = options.Limit ?? long.MaxValue;
        for (var group = 0; group < Metadata.RowGroups.Count && remaining > 0; group++)
        {
            var rowGroup = Metadata.RowGroups[group];
            if (RowGroupPruner.CanSkip(options.Filters, Schema, _fileSchema.LeafElements, rowGroup))
                continue;
            var vectors = projected.Fields.Select(ColumnVectors.Create).ToArray();
            var wanted = Math.Min(remaining, rowGroup.NumRows);
            string[]? previous = null;
            foreach (var leaf in projected.Leaves)
            {
                var fileLeaf = leafMap[leaf.Index];
                var names = leaf.Ancestry.Select(a => a.Name).ToArray();
                var owned = previous is null || previous[0] != names[0] ? 0 : names.Zip(previous).TakeWhile(p => p.First == p.Second).Count();
                previous = names;
                var assembler = new LevelAssembler(leaf, vectors[projected.IndexOf(leaf.TopLevel.Name)], owned);
                await ReadChunkAsync(rowGroup, fileLeaf, assembler, wanted, cancellationToken);
            }
            remaining -= wanted;
            yield return new RecordBatch(projected, vectors);
        }
    }

    public async ValueTask DisposeAsync()
    {
        if (_ownsFile)
            await _file.DisposeAsync();
    }

    private async Task ReadChunkAsync(RowGroup rowGroup, LeafColumn fileLeaf, LevelAssembler assembler, long rows, CancellationToken cancellationToken)
    {
        var chunk = rowGroup.Columns[fileLeaf.Index];
        var metadata = chunk.MetaData ?? throw Error(fileLeaf, rowGroup.FileOffset ?? 0, "the column chunk has no metadata");
        var start = metadata.DictionaryPageOffset is > 0 and var dictionary && dictionary < metadata.DataPageOffset
            ? dictionary
            : metadata.DataPageOffset;
        if (start < 4 || metadata.TotalCompressedSize < 0 || start + metadata.TotalCompressedSize > _file.Length - ParquetFooter.TrailerLength)
            throw Error(fileLeaf, start, $"the column chunk claims {metadata.TotalCompressedSize} bytes at offset {start}, beyond the file's {_file.Length} bytes");
        var bytes = new byte[metadata.TotalCompressedSize];
        await _file.ReadAsync(start, bytes, cancellationToken);
        long read;
        try
        {
            var reader = new ColumnChunkReader(_file.Location, fileLeaf, _fileSchema.LeafElements[fileLeaf.Index], metadata);
            read = reader.Read(bytes, start, assembler, rows);
        }
        catch (Exception e) when (IsFormatProblem(e))
        {
            var offset = e switch
            {
                ThriftFormatException thrift => thrift.Offset,
                EncodingFormatException encoding => start + encoding.Offset,
                _ => start,
            };
            throw Error(fileLeaf, offset, e.Message.TrimEnd('.'), e);
        }
        if (read < rows)
            throw Error(fileLeaf, start, $"the column chunk holds {read} rows where its row group has {rows}");
    }

    /// <summary>
    /// Whatever a damaged file makes the decoders throw is reported as a format problem of the file; only
    /// cancellation, running out of memory and our own format exceptions pass through unchanged.
    /// </summary>
    private static bool IsFormatProblem(Exception e) =>
        e is not (OperationCanceledException or OutOfMemoryException or ParquetFormatException);

    /// <summary>For each leaf of the projection, the same leaf in the file's schema (whose index is its column chunk).</summary>
    private List<LeafColumn> MapLeaves(ParquetSchema projected)
    {
        var map = new List<LeafColumn>(projected.Leaves.Count);
        foreach (var field in projected.Fields)
            map.AddRange(Schema.Leaves.Where(l => l.TopLevel.Name == field.Name));
        return map;
    }

    private ParquetFormatException Error(LeafColumn leaf, long offset, string problem, Exception? inner = null) =>
        new(_file.Location, leaf.DottedPath, offset, problem, inner);

    private static void Validate(FileMetaData metadata, FileSchema schema)
    {
        var leaves = schema.Schema.Leaves.Count;
        foreach (var rowGroup in metadata.RowGroups)
        {
            if (rowGroup.Columns.Count != leaves)
                throw new FormatException($"a row group has {rowGroup.Columns.Count} column chunks for {leaves} leaf columns");
            if (rowGroup.NumRows < 0)
                throw new FormatException($"a row group claims {rowGroup.NumRows} rows");
        }
        if (metadata.NumRows < 0)
            throw new FormatException($"the file claims {metadata.NumRows} rows");
    }
}
