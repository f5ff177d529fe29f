using System.Globalization;
using System.Runtime.CompilerServices;
using System.Text;
using Apache.Arrow;
using Lineage.Lakehouse.Parquet.Assembling;
using Lineage.Lakehouse.Parquet.Guards;
using Lineage.Lakehouse.Parquet.Pruning;
using Parquet;
using Parquet.Meta;
using ArrowSchema = Apache.Arrow.Schema;
using ParquetNetReader = Parquet.ParquetReader;

namespace Lineage.Lakehouse.Parquet;

/// <summary>
/// Reads any writer's Parquet file into Arrow record batches (through Parquet.Net), one batch per row group: the
/// file's schema as Arrow (Iceberg field ids in field metadata when the file has them), a projection of top-level
/// columns, row groups pruned by statistics. Anything damaged or unreadable is a <see cref="ParquetFormatException"/>
/// naming the file; the frame and the footer are checked before Parquet.Net allocates what they claim.
/// </summary>
public sealed class ArrowParquetReader : IAsyncDisposable
{
    /// <summary>How many values a column chunk may claim per byte of the file (RLE can pack runs of nulls densely).</summary>
    private const long ValuesPerFileByte = 1024;

    /// <summary>Row groups decoded at once, each by its own Parquet.Net reader over the shared file.</summary>
    private static readonly int LaneCount = Math.Clamp(Environment.ProcessorCount, 1, 2);

    private readonly SharedSource _source;
    private readonly long _footerOffset;
    private readonly List<Lane> _lanes;
    private readonly FileColumns _columns;

    private ArrowParquetReader(SharedSource source, long footerOffset, string location, Lane first, FileColumns columns)
    {
        _source = source;
        _footerOffset = footerOffset;
        Location = location;
        _lanes = [first];
        _columns = columns;
        Metadata = first.Reader.Metadata!;
    }

    public string Location { get; }

    /// <summary>The file's schema as Arrow; field ids in metadata (<c>PARQUET:field_id</c>) where the file has them.</summary>
    public ArrowSchema Schema => _columns.Schema;

    public long RowCount => Metadata.NumRows;

    public int RowGroupCount => Metadata.RowGroups.Count;

    public string? CreatedBy => Metadata.CreatedBy;

    public IReadOnlyDictionary<string, string> KeyValueMetadata => _lanes[0].Reader.CustomMetadata;

    /// <summary>The row groups and their column chunks (types, codec, encodings, sizes, statistics), for tools that describe a file.</summary>
    public IReadOnlyList<ParquetRowGroupDescription> RowGroups => Metadata.RowGroups.Select(Describe).ToList();

    private FileMetaData Metadata { get; }

    /// <summary>Opens a readable, seekable stream; the reader owns it from now on.</summary>
    /// <exception cref="ParquetFormatException">The file is not a readable Parquet file.</exception>
    public static async Task<ArrowParquetReader> OpenAsync(Stream stream, string location, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(stream);
        var source = new SharedSource(stream);
        try
        {
            var footerOffset = await FooterGuard.CheckAsync(stream, location, cancellationToken);
            var lane = await OpenLaneAsync(source, footerOffset, location, cancellationToken);
            try
            {
                var columns = await Guard(location, null, () =>
                {
                    Validate(lane.Reader.Metadata!, stream.Length);
                    return Task.FromResult(FileColumns.From(lane.Reader.Schema));
                });
                return new ArrowParquetReader(source, footerOffset, location, lane, columns);
            }
            catch
            {
                await lane.DisposeAsync();
                throw;
            }
        }
        catch
        {
            await source.DisposeAsync();
            throw;
        }
    }

    /// <summary>
    /// Streams the rows, one batch per kept row group, in order. Row groups are decoded ahead on their own lanes
    /// (up to two at a time), so memory holds the lanes' row groups and the batch being consumed.
    /// </summary>
    /// <exception cref="ArgumentException">A projected column is not a top-level column of the file, or a filter's column is not a primitive one.</exception>
    public async IAsyncEnumerable<RecordBatch> ReadAsync(ParquetReadRequest? request = null, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        request ??= new ParquetReadRequest();
        var names = request.Columns ?? _columns.Fields.Select(f => f.Arrow.Name).ToList();
        var fields = names.Select(name => _columns.Fields.FirstOrDefault(f => f.Arrow.Name == name)
            ?? throw new ArgumentException($"{Location} has no column '{name}'; its columns are {string.Join(", ", _columns.Fields.Select(f => f.Arrow.Name))}")).ToList();
        var schema = new ArrowSchema(fields.Select(f => f.Arrow), null);
        var first = _lanes[0].Reader;
        var kept = Enumerable.Range(0, first.RowGroupCount)
            .Where(group => !StatisticsPruner.CanSkip(request.Filters, _columns, first.OpenRowGroupReader(group).RowGroup)).ToList();
        var lanes = await LanesAsync(Math.Min(LaneCount, kept.Count), cancellationToken);
        var pending = new Queue<Task<RecordBatch>>();
        var next = 0;
        try
        {
            while (next < kept.Count && pending.Count < lanes.Count)
            {
                var (lane, group) = (lanes[next % lanes.Count], kept[next++]);
                pending.Enqueue(Task.Run(() => ReadRowGroupAsync(lane, group, fields, schema, cancellationToken), cancellationToken));
            }
            while (pending.Count > 0)
            {
                var batch = await pending.Dequeue();
                if (next < kept.Count)
                {
                    var (lane, group) = (lanes[next % lanes.Count], kept[next++]);
                    pending.Enqueue(Task.Run(() => ReadRowGroupAsync(lane, group, fields, schema, cancellationToken), cancellationToken));
                }
                yield return batch;
            }
        }
        finally
        {
            // A consumer that stops early: the lanes finish what they started before anything is closed.
            foreach (var task in pending)
                await ((Task)task).ContinueWith(static _ => { }, CancellationToken.None, TaskContinuationOptions.ExecuteSynchronously, TaskScheduler.Default);
        }
    }

    public async ValueTask DisposeAsync()
    {
        foreach (var lane in _lanes)
            await lane.DisposeAsync();
        await _source.DisposeAsync();
    }

    private static async Task<Lane> OpenLaneAsync(SharedSource source, long footerOffset, string location, CancellationToken cancellationToken)
    {
        var prefetching = new ChunkPrefetchStream(source);
        try
        {
            await prefetching.PrefetchAsync(footerOffset, source.Length - footerOffset, cancellationToken);
            var reader = await Guard(location, null, () => ParquetNetReader.CreateAsync(prefetching, new ParquetOptions(), leaveStreamOpen: true, cancellationToken));
            return new Lane(prefetching, reader);
        }
        catch
        {
            await prefetching.DisposeAsync();
            throw;
        }
    }

    private async Task<List<Lane>> LanesAsync(int count, CancellationToken cancellationToken)
    {
        while (_lanes.Count < count)
            _lanes.Add(await OpenLaneAsync(_source, _footerOffset, Location, cancellationToken));
        return _lanes.Take(Math.Max(1, count)).ToList();
    }

    private async Task<RecordBatch> ReadRowGroupAsync(Lane lane, int group, List<ReadNode> fields, ArrowSchema schema, CancellationToken cancellationToken)
    {
        var rowGroup = lane.Reader.OpenRowGroupReader(group);
        // Decoding reads the lane's stream in turn; each column's assembly into Arrow runs beside the next decode.
        var assemblies = new List<Task<IArrowArray>>(fields.Count);
        foreach (var field in fields)
        {
            var leaves = new List<RawLeaf>();
            foreach (var leaf in field.Leaves())
                leaves.Add(await Guard(Location, leaf.Physical!.Path.ToString(), () => ReadLeafAsync(lane.Stream, rowGroup, leaf, cancellationToken)));
            assemblies.Add(Guard(Location, field.Arrow.Name, () => Task.Run(() => NodeAssembler.Assemble(field, leaves), cancellationToken)));
        }
        var arrays = await Task.WhenAll(assemblies);
        var rows = (int)rowGroup.RowCount;
        if (arrays.Any(a => a.Length != rows))
            throw new ParquetFormatException(Location, null, rowGroup.RowGroup.FileOffset ?? 0, $"row group {group} claims {rows} rows but its columns hold {string.Join(", ", arrays.Select(a => a.Length))}");
        return new RecordBatch(schema, arrays, rows);
    }

    private static async Task<RawLeaf> ReadLeafAsync(ChunkPrefetchStream stream, ParquetRowGroupReader rowGroup, ReadNode leaf, CancellationToken cancellationToken)
    {
        var field = leaf.Physical!;
        var chunk = rowGroup.GetMetadata(field)?.MetaData ?? throw new FormatException($"the row group has no column chunk for '{field.Path}'");
        if (chunk.NumValues < 0 || chunk.NumValues > int.MaxValue)
            throw new FormatException($"the column chunk claims {chunk.NumValues} values");
        var start = ChunkStart(chunk);
        if (await stream.PrefetchAsync(start, chunk.TotalCompressedSize, cancellationToken) is { } bytes)
            PageHeaderGuard.Check(bytes.Span, chunk.Codec);
        var count = (int)chunk.NumValues;
        var definitions = field.MaxDefinitionLevel > 0 ? new int[count] : null;
        var repetitions = field.MaxRepetitionLevel > 0 ? new int[count] : null;
        var type = field.ClrType;
        System.Array values =
            type == typeof(bool) ? await ReadAsync<bool>(rowGroup, field, count, definitions, repetitions, cancellationToken)
            : type == typeof(int) ? await ReadAsync<int>(rowGroup, field, count, definitions, repetitions, cancellationToken)
            : type == typeof(long) ? await ReadAsync<long>(rowGroup, field, count, definitions, repetitions, cancellationToken)
            : type == typeof(float) ? await ReadAsync<float>(rowGroup, field, count, definitions, repetitions, cancellationToken)
            : type == typeof(double) ? await ReadAsync<double>(rowGroup, field, count, definitions, repetitions, cancellationToken)
            : type == typeof(DateTime) ? await ReadAsync<DateTime>(rowGroup, field, count, definitions, repetitions, cancellationToken)
            : await ReadAsync<ReadOnlyMemory<byte>>(rowGroup, field, count, definitions, repetitions, cancellationToken);
        var present = count;
        if (definitions is not null)
        {
            present = 0;
            foreach (var definition in definitions)
            {
                if (definition == field.MaxDefinitionLevel)
                    present++;
            }
        }
        StatisticsGuard.Check(chunk, values, present);
        return new RawLeaf(values, present, definitions, repetitions, count, field.MaxDefinitionLevel);
    }

    private static async Task<T[]> ReadAsync<T>(ParquetRowGroupReader rowGroup, global::Parquet.Schema.DataField field, int count, int[]? definitions, int[]? repetitions, CancellationToken cancellationToken)
        where T : struct
    {
        var values = new T[count];
        await rowGroup.ReadRawAsync<T>(field, values,
            definitions is null ? (Memory<int>?)null : definitions, repetitions is null ? (Memory<int>?)null : repetitions, cancellationToken);
        return values;
    }

    /// <summary>Sizes the footer claims that decide allocations are checked against the file before anything is read.</summary>
    private static void Validate(FileMetaData metadata, long fileLength)
    {
        var limit = Math.Min(int.MaxValue, fileLength * ValuesPerFileByte);
        if (metadata.NumRows < 0 || metadata.NumRows > limit)
            throw new FormatException($"the file claims {metadata.NumRows} rows in {fileLength} bytes");
        foreach (var rowGroup in metadata.RowGroups)
        {
            if (rowGroup.NumRows < 0 || rowGroup.NumRows > limit)
                throw new FormatException($"a row group claims {rowGroup.NumRows} rows in a file of {fileLength} bytes");
            foreach (var chunk in rowGroup.Columns)
            {
                var meta = chunk.MetaData ?? throw new FormatException("a column chunk has no metadata");
                if (meta.NumValues < 0 || meta.NumValues > limit)
                    throw new FormatException($"column chunk {string.Join(".", meta.PathInSchema)} claims {meta.NumValues} values in a file of {fileLength} bytes");
                var start = ChunkStart(meta);
                if (start < 4 || meta.TotalCompressedSize < 0 || start + meta.TotalCompressedSize > fileLength - 8)
                    throw new FormatException($"column chunk {string.Join(".", meta.PathInSchema)} claims {meta.TotalCompressedSize} bytes at offset {start}, beyond the file's {fileLength} bytes");
            }
        }
    }

    /// <summary>Where a column chunk's first page starts: its dictionary page when it has one.</summary>
    private static long ChunkStart(ColumnMetaData chunk) =>
        chunk.DictionaryPageOffset is > 0 and var dictionary && dictionary < chunk.DataPageOffset ? dictionary : chunk.DataPageOffset;

    /// <summary>
    /// Whatever a damaged file makes Parquet.Net or the assembly throw becomes a format problem of the file; only
    /// cancellation and our own format exceptions pass through.
    /// </summary>
    private static async Task<T> Guard<T>(string location, string? column, Func<Task<T>> action)
    {
        try
        {
            return await action();
        }
        catch (Exception e) when (e is not (OperationCanceledException or ParquetFormatException))
        {
            throw new ParquetFormatException(location, column, 0, (e is OutOfMemoryException ? "a size in the file is impossible: " : "") + e.Message.TrimEnd('.'), e);
        }
    }

    private static ParquetRowGroupDescription Describe(RowGroup group) =>
        new(group.NumRows, group.TotalCompressedSize ?? group.Columns.Sum(c => c.MetaData?.TotalCompressedSize ?? 0),
            group.Columns.Select(c => Describe(c.MetaData!)).ToList());

    private static ParquetColumnChunkDescription Describe(ColumnMetaData chunk) =>
        new(string.Join(".", chunk.PathInSchema), chunk.Type.ToString(), null, null, chunk.Codec.ToString(),
            chunk.Encodings.Select(e => e.ToString()).ToList(), chunk.NumValues, chunk.TotalCompressedSize, chunk.TotalUncompressedSize,
            chunk.Statistics?.NullCount, Render(chunk.Type, chunk.Statistics?.MinValue ?? chunk.Statistics?.Min), Render(chunk.Type, chunk.Statistics?.MaxValue ?? chunk.Statistics?.Max));

    private static string? Render(global::Parquet.Meta.Type type, byte[]? bytes) => bytes switch
    {
        null => null,
        { Length: 4 } when type == global::Parquet.Meta.Type.INT32 => BitConverter.ToInt32(bytes).ToString(CultureInfo.InvariantCulture),
        { Length: 8 } when type == global::Parquet.Meta.Type.INT64 => BitConverter.ToInt64(bytes).ToString(CultureInfo.InvariantCulture),
        { Length: 4 } when type == global::Parquet.Meta.Type.FLOAT => BitConverter.ToSingle(bytes).ToString("R", CultureInfo.InvariantCulture),
        { Length: 8 } when type == global::Parquet.Meta.Type.DOUBLE => BitConverter.ToDouble(bytes).ToString("R", CultureInfo.InvariantCulture),
        _ when type == global::Parquet.Meta.Type.BYTE_ARRAY && IsText(bytes) => System.Text.Encoding.UTF8.GetString(bytes),
        _ => Convert.ToHexStringLower(bytes),
    };

    private static bool IsText(byte[] bytes)
    {
        try
        {
            _ = new UTF8Encoding(false, throwOnInvalidBytes: true).GetString(bytes);
            return bytes.All(b => b >= 0x20 || b is (byte)'\t');
        }
        catch (DecoderFallbackException)
        {
            return false;
        }
    }

    /// <summary>One Parquet.Net reader over its own view of the shared file.</summary>
    private sealed record Lane(ChunkPrefetchStream Stream, ParquetNetReader Reader) : IAsyncDisposable
    {
        public async ValueTask DisposeAsync()
        {
            await Reader.DisposeAsync();
            await Stream.DisposeAsync();
        }
    }
}
