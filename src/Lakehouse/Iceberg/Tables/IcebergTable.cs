using System.Text;
using Lineage.Lakehouse.Iceberg.Metadata;
using Lineage.Lakehouse.Iceberg.Partitioning;
using Lineage.Lakehouse.Iceberg.Schemas;
using Lineage.Lakehouse.IO;

namespace Lineage.Lakehouse.Iceberg.Tables;

/// <summary>
/// An Iceberg v2 table laid out as a hadoop catalog lays it out (<c>metadata/v&lt;N&gt;.metadata.json</c>,
/// <c>version-hint.text</c>, manifests and manifest lists beside them, Parquet files under <c>data/</c>), on a
/// local disk or in S3. Every data commit adds exactly one snapshot and one metadata version, atomically, retrying
/// on a newer version when another writer committed first. The object shows the newest version it has seen.
/// </summary>
public sealed partial class IcebergTable
{
    private readonly IFileIO _io;
    private readonly TableLayout _layout;
    private TableState _state;

    private IcebergTable(IFileIO io, TableLayout layout, TableState state)
    {
        _io = io;
        _layout = layout;
        _state = state;
    }

    /// <summary>The table's absolute URI (<c>file:/…</c> or <c>s3://…</c>), without a trailing slash.</summary>
    public string Location => _layout.Location;

    public TableMetadata Metadata => Volatile.Read(ref _state).Metadata;

    /// <summary>N of the <c>v&lt;N&gt;.metadata.json</c> that <see cref="Metadata"/> was read from or written to.</summary>
    public int MetadataVersion => Volatile.Read(ref _state).Version;

    /// <summary>Creates the table's first metadata version (no snapshot yet).</summary>
    /// <exception cref="TableAlreadyExistsException">A table already exists at <paramref name="location"/>.</exception>
    public static async Task<IcebergTable> CreateAsync(
        IFileIO io, string location, IcebergSchema schema, PartitionSpec spec,
        IReadOnlyDictionary<string, string>? properties = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(io);
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(spec);
        var layout = new TableLayout(location);
        if (await MetadataVersions.LatestVersionAsync(io, layout, cancellationToken) is not null)
            throw new TableAlreadyExistsException(layout.Location);
        spec.PartitionType(schema);
        var metadata = new TableMetadata
        {
            TableUuid = Guid.NewGuid(),
            Location = layout.Location,
            LastSequenceNumber = 0,
            LastUpdatedMs = DateTimeOffset.UtcNow.ToUnixTimeMilliseconds(),
            LastColumnId = schema.HighestFieldId,
            Schemas = [schema],
            CurrentSchemaId = schema.SchemaId,
            PartitionSpecs = [spec],
            DefaultSpecId = spec.SpecId,
            LastPartitionId = spec.LastAssignedFieldId,
            Properties = new Dictionary<string, string>(properties ?? new Dictionary<string, string>())
            {
                ["write.format.default"] = "parquet",
                ["write.parquet.compression-codec"] = "zstd",
            },
        };
        if (!await io.TryCreateNewAsync(layout.MetadataFile(1), Encoding.UTF8.GetBytes(metadata.ToJson()), cancellationToken))
            throw new TableAlreadyExistsException(layout.Location);
        await MetadataVersions.WriteHintAsync(io, layout, 1, cancellationToken);
        return new IcebergTable(io, layout, new TableState(metadata, 1));
    }

    /// <summary>Loads the newest metadata version (found even when the version hint lags or is missing).</summary>
    /// <exception cref="TableNotFoundException">The location holds no table metadata.</exception>
    public static async Task<IcebergTable> LoadAsync(IFileIO io, string location, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(io);
        var layout = new TableLayout(location);
        var state = await MetadataVersions.TryLoadLatestAsync(io, layout, cancellationToken) ?? throw new TableNotFoundException(layout.Location);
        return new IcebergTable(io, layout, state);
    }

    /// <summary>Moves this object to the newest committed version and returns it.</summary>
    public async Task<IcebergTable> RefreshAsync(CancellationToken cancellationToken = default)
    {
        var latest = await MetadataVersions.TryLoadLatestAsync(_io, _layout, cancellationToken) ?? throw new TableNotFoundException(Location);
        Advance(latest);
        return this;
    }

    private async Task<CommitResult> CommitAsync(TableCommitter.Attempt attempt, CancellationToken cancellationToken)
    {
        var (state, result) = await TableCommitter.CommitAsync(_io, _layout, Volatile.Read(ref _state), attempt, cancellationToken);
        Advance(state);
        return result;
    }

    /// <summary>Keeps the newer of the known and the given version (commits of several callers may finish in any order).</summary>
    private void Advance(TableState candidate)
    {
        while (true)
        {
            var current = Volatile.Read(ref _state);
            if (candidate.Version < current.Version)
                return;
            if (Interlocked.CompareExchange(ref _state, candidate, current) == current)
                return;
        }
    }
}
