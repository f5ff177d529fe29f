using Lineage.Lakehouse.Iceberg;
using Lineage.Lakehouse.Iceberg.Metadata;
using Lineage.Lakehouse.Iceberg.Partitioning;

namespace Lineage.Lakehouse.Tests.Iceberg;

public class TableMetadataTests
{
    private static readonly TableMetadata Sample = new()
    {
        TableUuid = Guid.Parse("9c12d441-03fe-4693-9a96-a0705ddf69c1"),
        Location = "s3://bucket/features/energies",
        LastSequenceNumber = 2,
        LastUpdatedMs = 1_795_000_000_000,
        LastColumnId = HandWrittenTable.Schema.HighestFieldId,
        Schemas = [HandWrittenTable.Schema],
        CurrentSchemaId = 0,
        PartitionSpecs = [HandWrittenTable.Spec],
        DefaultSpecId = 0,
        LastPartitionId = 1001,
        Properties = new Dictionary<string, string> { ["owner"] = "lineage" },
        CurrentSnapshotId = 22,
        Snapshots =
        [
            new Snapshot { SnapshotId = 11, SequenceNumber = 1, TimestampMs = 1_794_000_000_000, ManifestList = "s3://bucket/features/energies/metadata/snap-11.avro", Summary = new Dictionary<string, string> { ["operation"] = "append" }, SchemaId = 0 },
            new Snapshot { SnapshotId = 22, ParentSnapshotId = 11, SequenceNumber = 2, TimestampMs = 1_795_000_000_000, ManifestList = "s3://bucket/features/energies/metadata/snap-22.avro", Summary = new Dictionary<string, string> { ["operation"] = "overwrite", ["added-records"] = "3" }, SchemaId = 0 },
        ],
        SnapshotLog = [new SnapshotLogEntry(1_794_000_000_000, 11), new SnapshotLogEntry(1_795_000_000_000, 22)],
        MetadataLog = [new MetadataLogEntry(1_794_000_000_000, "s3://bucket/features/energies/metadata/v1.metadata.json")],
        SortOrders = [SortOrder.Unsorted, new SortOrder(1, [new SortField(Transform.Identity, 1, "asc", "nulls-first")])],
        DefaultSortOrderId = 1,
        Refs = new Dictionary<string, SnapshotRef>
        {
            ["main"] = SnapshotRef.Branch(22),
            ["first-run"] = SnapshotRef.Tag(11, maxRefAgeMs: 86_400_000),
            ["audit"] = new SnapshotRef(11, SnapshotRef.BranchType, MinSnapshotsToKeep: 2, MaxSnapshotAgeMs: 3_600_000),
        },
    };

    [Fact]
    public void Metadata_json_round_trips_every_part()
    {
        var json = Sample.ToJson();
        var again = TableMetadata.FromJson(json);

        Assert.Equal(json, again.ToJson());
        Assert.Equal(Sample.TableUuid, again.TableUuid);
        Assert.Equal(22, again.CurrentSnapshot!.SnapshotId);
        Assert.Equal(11, again.CurrentSnapshot.ParentSnapshotId);
        Assert.Equal("overwrite", again.CurrentSnapshot.Operation);
        Assert.Equal(Sample.Refs["first-run"], again.Refs["first-run"]);
        Assert.Equal(Sample.Refs["audit"], again.Refs["audit"]);
        Assert.Equal(Sample.SortOrders[1], again.SortOrders[1]);
        Assert.Equal(Sample.SnapshotLog, again.SnapshotLog);
        Assert.Equal(Sample.MetadataLog, again.MetadataLog);
        Assert.Equal("lineage", again.Properties["owner"]);
        Assert.Contains("\"statistics\": []", json);
    }

    [Fact]
    public void Unknown_fields_are_ignored_on_read()
    {
        var json = Sample.ToJson().Replace("\"format-version\": 2,", "\"format-version\": 2, \"future-field\": {\"x\": [1]},");

        Assert.Equal(Sample.ToJson(), TableMetadata.FromJson(json).ToJson());
    }

    [Fact]
    public void Version_1_metadata_reads_with_single_schema_and_spec_and_no_sequence_numbers()
    {
        var v1 = """
            {
              "format-version": 1,
              "table-uuid": "9c12d441-03fe-4693-9a96-a0705ddf69c1",
              "location": "file:/tmp/v1table",
              "last-updated-ms": 1700000000000,
              "last-column-id": 2,
              "schema": {"type": "struct", "fields": [
                {"id": 1, "name": "id", "required": true, "type": "long"},
                {"id": 2, "name": "day", "required": false, "type": "date"}]},
              "partition-spec": [{"name": "day", "transform": "identity", "source-id": 2}],
              "properties": {},
              "current-snapshot-id": 5,
              "snapshots": [{"snapshot-id": 5, "timestamp-ms": 1700000000000, "manifests": ["file:/tmp/v1table/metadata/m0.avro"], "summary": {"operation": "append"}}]
            }
            """;

        var metadata = TableMetadata.FromJson(v1);

        Assert.Equal(1, metadata.FormatVersion);
        Assert.Equal("day", metadata.CurrentSchema.FindField(2)!.Name);
        Assert.Equal(1000, metadata.DefaultSpec.Fields[0].FieldId);
        Assert.Equal(1000, metadata.LastPartitionId);
        Assert.Equal(0, metadata.CurrentSnapshot!.SequenceNumber);
        Assert.Equal(["file:/tmp/v1table/metadata/m0.avro"], metadata.CurrentSnapshot.Manifests!);
        Assert.Equal(5, metadata.Refs["main"].SnapshotId);
        Assert.Equal(SortOrder.Unsorted, Assert.Single(metadata.SortOrders));
    }

    [Fact]
    public void Version_1_metadata_with_no_snapshot_has_no_current_snapshot()
    {
        var metadata = TableMetadata.FromJson(File.ReadAllText(IcebergFixtures.MetadataFile("java-bunnies", "v1.metadata.json")));

        Assert.Null(metadata.CurrentSnapshot);
    }

    public static TheoryData<string, string> BrokenInvariants => new()
    {
        { "main-not-current", "refs.main" },
        { "sequence-too-low", "last-sequence-number" },
        { "column-id-too-low", "last-column-id" },
        { "partition-id-too-low", "last-partition-id" },
        { "missing-schema", "current-schema-id" },
        { "missing-sort-order", "default-sort-order-id" },
        { "missing-operation", "operation" },
        { "dangling-tag", "first-run" },
    };

    [Theory]
    [MemberData(nameof(BrokenInvariants))]
    public void Broken_invariants_are_refused_with_a_message_naming_them(string breakage, string named)
    {
        var broken = breakage switch
        {
            "main-not-current" => Sample with { Refs = new Dictionary<string, SnapshotRef> { ["main"] = SnapshotRef.Branch(11) } },
            "sequence-too-low" => Sample with { LastSequenceNumber = 1 },
            "column-id-too-low" => Sample with { LastColumnId = 3 },
            "partition-id-too-low" => Sample with { LastPartitionId = 1000 },
            "missing-schema" => Sample with { CurrentSchemaId = 7 },
            "missing-sort-order" => Sample with { DefaultSortOrderId = 4 },
            "missing-operation" => Sample with { Snapshots = [Sample.Snapshots[0] with { Summary = new Dictionary<string, string>() }, Sample.Snapshots[1]] },
            "dangling-tag" => Sample with { Refs = new Dictionary<string, SnapshotRef> { ["main"] = SnapshotRef.Branch(22), ["first-run"] = SnapshotRef.Tag(99) } },
            _ => throw new ArgumentOutOfRangeException(nameof(breakage)),
        };

        var onWrite = Assert.Throws<IcebergFormatException>(() => broken.ToJson());
        Assert.Contains(named, onWrite.Message);
    }

    [Fact]
    public void Version_2_metadata_without_a_required_field_is_refused_on_read()
    {
        var json = Sample.ToJson().Replace("\"last-sequence-number\": 2,", "");

        var error = Assert.Throws<IcebergFormatException>(() => TableMetadata.FromJson(json));
        Assert.Contains("last-sequence-number", error.Message);
    }

    [Fact]
    public void Metadata_without_refs_has_main_at_the_current_snapshot()
    {
        var json = Sample.ToJson();
        var start = json.IndexOf("\"refs\"", StringComparison.Ordinal);
        var end = json.IndexOf("\"snapshots\"", StringComparison.Ordinal);
        var withoutRefs = json[..start] + json[end..];

        var metadata = TableMetadata.FromJson(withoutRefs);

        Assert.Equal(SnapshotRef.Branch(22), Assert.Single(metadata.Refs).Value);
    }

    [Fact]
    public void Malformed_json_is_a_format_error()
    {
        Assert.Throws<IcebergFormatException>(() => TableMetadata.FromJson("{\"format-version\": 2,"));
    }
}
