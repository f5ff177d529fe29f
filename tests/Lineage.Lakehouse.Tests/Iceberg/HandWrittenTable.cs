using Lineage.Lakehouse.Iceberg.Manifests;
using Lineage.Lakehouse.Iceberg.Metadata;
using Lineage.Lakehouse.Iceberg.Partitioning;
using Lineage.Lakehouse.Iceberg.Schemas;
using Lineage.Lakehouse.Iceberg.Values;
using Lineage.Lakehouse.Arrow;
using Lineage.Lakehouse.Parquet;
using Lineage.Lakehouse.Tests.Arrow;

namespace Lineage.Lakehouse.Tests.Iceberg;

/// <summary>
/// Writes a small Iceberg table with the format layer alone, as a hadoop-catalog table folder: Parquet data files
/// with field ids, one manifest, one manifest list, <c>metadata/v1.metadata.json</c> and <c>version-hint.text</c>.
/// Partitioned by identity on <c>processing_date</c> and <c>basis_set</c>.
/// </summary>
public sealed class HandWrittenTable : IDisposable
{
    public const long SnapshotId = 3_141_592_653_589_793L;

    public static IcebergSchema Schema { get; } = new(0,
    [
        NestedField.Require(1, "id", IcebergType.Long),
        NestedField.Require(2, "processing_date", IcebergType.Date),
        NestedField.Optional(3, "basis_set", IcebergType.String),
        NestedField.Optional(4, "energy", IcebergType.Double),
        NestedField.Optional(5, "measured_at", IcebergType.TimestampTz),
    ]);

    public static PartitionSpec Spec { get; } = new(0,
    [
        PartitionField.Identity(2, 1000, "processing_date"),
        PartitionField.Identity(3, 1001, "basis_set"),
    ]);

    public static IReadOnlyList<object?[]> Rows { get; } =
    [
        [1L, new DateOnly(2026, 11, 20), "sto3g", -1.1167, new DateTimeOffset(2026, 11, 20, 8, 0, 0, TimeSpan.Zero)],
        [2L, new DateOnly(2026, 11, 20), "sto3g", -1.1372, null],
        [3L, new DateOnly(2026, 11, 21), "6-31g", null, new DateTimeOffset(2026, 11, 21, 9, 30, 0, TimeSpan.Zero)],
    ];

    public HandWrittenTable()
    {
        Folder = Directory.CreateTempSubdirectory("lineage-iceberg-").FullName;
        Directory.CreateDirectory(Path.Combine(Folder, "metadata"));
    }

    public string Folder { get; }

    /// <summary>The table location as Iceberg writes local paths: <c>file:/tmp/…</c>.</summary>
    public string Location => "file:" + Folder;

    /// <summary>The local path of a <c>file:/…</c> URI of this table.</summary>
    public static string LocalPath(string uri) =>
        uri.StartsWith("file:", StringComparison.Ordinal) ? uri["file:".Length..] : throw new ArgumentException($"{uri} is not a file: URI.");

    public string ManifestPath => $"{Location}/metadata/{ManifestName}";

    private int _dataFiles;

    private const string ManifestName = "5f1c6e2a-0000-4000-8000-000000000001-m0.avro";

    public async Task<TableMetadata> WriteAsync()
    {
        var files = new List<DataFile>();
        foreach (var group in Rows.GroupBy(r => ((DateOnly)r[1]!, (string?)r[2])))
            files.Add(await WriteDataFileAsync(group.ToList()));

        ManifestFile manifest;
        await using (var stream = File.Create(Path.Combine(Folder, "metadata", ManifestName)))
        {
            var writer = new ManifestWriter(stream, Schema, Spec, SnapshotId, sequenceNumber: 1);
            foreach (var file in files)
                writer.Add(file);
            manifest = writer.Finish(ManifestPath);
        }

        var listName = $"snap-{SnapshotId}-1-5f1c6e2a-0000-4000-8000-000000000001.avro";
        await using (var stream = File.Create(Path.Combine(Folder, "metadata", listName)))
        {
            using var writer = new ManifestListWriter(stream, SnapshotId, parentSnapshotId: null, sequenceNumber: 1);
            writer.Add(manifest);
        }

        var metadata = new TableMetadata
        {
            TableUuid = Guid.Parse("0b9e3c43-5a0f-4ec8-9c0e-3f1f6c7b2d11"),
            Location = Location,
            LastSequenceNumber = 1,
            LastUpdatedMs = 1_795_000_000_000,
            LastColumnId = Schema.HighestFieldId,
            Schemas = [Schema],
            CurrentSchemaId = 0,
            PartitionSpecs = [Spec],
            DefaultSpecId = 0,
            LastPartitionId = Spec.LastAssignedFieldId,
            Properties = new Dictionary<string, string> { ["write.format.default"] = "parquet" },
            CurrentSnapshotId = SnapshotId,
            Snapshots =
            [
                new Snapshot
                {
                    SnapshotId = SnapshotId,
                    SequenceNumber = 1,
                    TimestampMs = 1_795_000_000_000,
                    ManifestList = $"{Location}/metadata/{listName}",
                    Summary = new Dictionary<string, string>
                    {
                        ["operation"] = "append",
                        ["added-data-files"] = files.Count.ToString(),
                        ["added-records"] = Rows.Count.ToString(),
                        ["total-data-files"] = files.Count.ToString(),
                        ["total-records"] = Rows.Count.ToString(),
                    },
                    SchemaId = 0,
                },
            ],
            SnapshotLog = [new SnapshotLogEntry(1_795_000_000_000, SnapshotId)],
            Refs = new Dictionary<string, SnapshotRef> { [SnapshotRef.MainBranch] = SnapshotRef.Branch(SnapshotId) },
        };
        await File.WriteAllTextAsync(Path.Combine(Folder, "metadata", "v1.metadata.json"), metadata.ToJson());
        await File.WriteAllTextAsync(Path.Combine(Folder, "metadata", "version-hint.text"), "1");
        return metadata;
    }

    private async Task<DataFile> WriteDataFileAsync(IReadOnlyList<object?[]> rows)
    {
        var partition = Spec.Partition(Schema, sourceId => rows[0][sourceId - 1]);
        var relative = $"data/{Spec.PathOf(Schema, partition)}/00000-{_dataFiles++}-5f1c6e2a.parquet";
        var path = Path.Combine(Folder, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);

        var arrowSchema = IcebergArrowSchema.ToArrow(Schema);
        await using (var stream = File.Create(path))
        {
            await using var writer = await ArrowParquetWriter.CreateAsync(stream, arrowSchema, new ArrowParquetWriterOptions
            {
                Codec = ParquetCodec.Snappy,
                KeyValueMetadata = new Dictionary<string, string> { ["iceberg.schema"] = Schema.ToJson() },
            });
            await writer.WriteAsync(ArrowColumns.Batch(arrowSchema, rows));
            await writer.FinishAsync();
        }

        var ids = rows.Select(r => (long)r[0]!).ToList();
        return new DataFile
        {
            FilePath = $"{Location}/{relative}",
            Partition = partition,
            RecordCount = rows.Count,
            FileSizeInBytes = new FileInfo(path).Length,
            ValueCounts = Schema.Fields.ToDictionary(f => f.Id, _ => (long)rows.Count),
            NullValueCounts = Schema.Fields.ToDictionary(f => f.Id, f => (long)rows.Count(r => r[f.Id - 1] is null)),
            LowerBounds = new Dictionary<int, byte[]> { [1] = Conversions.ToBytes(IcebergType.Long, ids.Min()) },
            UpperBounds = new Dictionary<int, byte[]> { [1] = Conversions.ToBytes(IcebergType.Long, ids.Max()) },
            SortOrderId = 0,
        };
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(Folder, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
