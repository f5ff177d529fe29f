using Avro.File;
using Lineage.Lakehouse.Iceberg;
using Lineage.Lakehouse.Iceberg.AvroFiles;
using Lineage.Lakehouse.Iceberg.Manifests;
using Lineage.Lakehouse.Iceberg.Partitioning;
using Lineage.Lakehouse.Iceberg.Schemas;
using Lineage.Lakehouse.Iceberg.Values;

namespace Lineage.Lakehouse.Tests.Iceberg;

public class ManifestRoundTripTests
{
    private static readonly IcebergSchema Schema = new(0,
    [
        NestedField.Require(1, "id", IcebergType.Long),
        NestedField.Optional(2, "day", IcebergType.Date),
        NestedField.Optional(3, "price", IcebergType.Decimal(12, 3)),
        NestedField.Optional(4, "uid", IcebergType.Uuid),
        NestedField.Optional(5, "code", IcebergType.Fixed(2)),
        NestedField.Optional(6, "at", IcebergType.TimestampTz),
        NestedField.Optional(7, "score", IcebergType.Double),
    ]);

    private static readonly PartitionSpec Spec = new(4,
    [
        PartitionField.Identity(2, 1000, "day"),
        PartitionField.Identity(3, 1001, "price"),
        PartitionField.Identity(4, 1002, "uid"),
        PartitionField.Identity(5, 1003, "code"),
        PartitionField.Identity(6, 1004, "at"),
        PartitionField.Identity(7, 1005, "score"),
    ]);

    private static readonly Guid Uid = Guid.Parse("00112233-4455-6677-8899-aabbccddeeff");

    private static DataFile File(int n, PartitionData partition) => new()
    {
        FilePath = $"s3://bucket/t/data/f{n}.parquet",
        Partition = partition,
        RecordCount = 10 * n,
        FileSizeInBytes = 1000 + n,
        ColumnSizes = new Dictionary<int, long> { [1] = 80, [2] = 40 },
        ValueCounts = new Dictionary<int, long> { [1] = 10 * n },
        NullValueCounts = new Dictionary<int, long> { [2] = 0 },
        NanValueCounts = new Dictionary<int, long> { [7] = 1 },
        LowerBounds = new Dictionary<int, byte[]> { [1] = Conversions.ToBytes(IcebergType.Long, -5L) },
        UpperBounds = new Dictionary<int, byte[]> { [1] = Conversions.ToBytes(IcebergType.Long, 5L) },
        SplitOffsets = [4L],
        SortOrderId = 0,
    };

    private static readonly PartitionData First = new([new DateOnly(2026, 11, 20), -12.5m, Uid, new byte[] { 1, 2 }, 1_795_000_000_000_000L, 0.5]);
    private static readonly PartitionData Second = new([new DateOnly(2026, 11, 19), 3.000m, null, new byte[] { 0, 9 }, 0L, double.NaN]);

    [Theory]
    [InlineData(Codec.Type.Null)]
    [InlineData(Codec.Type.Deflate)]
    [InlineData(Codec.Type.Snappy)]
    public void Manifest_entries_read_back_as_written_with_every_codec(Codec.Type codec)
    {
        var (bytes, listing) = Write(codec);

        var manifest = ManifestReader.Read(new MemoryStream(bytes), listing);

        Assert.Equal(bytes.Length, listing.ManifestLength);
        Assert.Equal(2, manifest.FormatVersion);
        Assert.Equal(Spec.ToJson(), manifest.Spec!.ToJson());
        Assert.Equal(Schema.ToJson(), manifest.Schema!.ToJson());
        Assert.Equal(3, manifest.Entries.Count);
        var added = manifest.Entries[0];
        Assert.Equal(ManifestEntryStatus.Added, added.Status);
        Assert.Equal((77L, 5L, 5L), (added.SnapshotId!.Value, added.SequenceNumber!.Value, added.FileSequenceNumber!.Value));
        Assert.Equal(First, added.DataFile.Partition);
        Assert.Equal(Second, manifest.Entries[1].DataFile.Partition);
        Assert.Equal(File(1, First) with { Partition = added.DataFile.Partition }, added.DataFile, DataFileComparer.Instance);
        Assert.Equal((ManifestEntryStatus.Existing, 2L, 3L), (manifest.Entries[1].Status, manifest.Entries[1].SequenceNumber!.Value, manifest.Entries[1].FileSequenceNumber!.Value));
        Assert.Equal(ManifestEntryStatus.Deleted, manifest.Entries[2].Status);
    }

    [Fact]
    public void Without_the_listing_added_entries_keep_null_sequence_numbers()
    {
        var (bytes, _) = Write(Codec.Type.Deflate);

        var entry = ManifestReader.Read(new MemoryStream(bytes)).Entries[0];

        Assert.Null(entry.SequenceNumber);
        Assert.Null(entry.FileSequenceNumber);
    }

    [Fact]
    public void Listing_counts_added_existing_and_deleted_files_and_rows()
    {
        var (_, listing) = Write(Codec.Type.Deflate);

        Assert.Equal((1, 1, 1), (listing.AddedFilesCount, listing.ExistingFilesCount, listing.DeletedFilesCount));
        Assert.Equal((10L, 20L, 30L), (listing.AddedRowsCount, listing.ExistingRowsCount, listing.DeletedRowsCount));
        Assert.Equal(5, listing.SequenceNumber);
        Assert.Equal(2, listing.MinSequenceNumber);
        Assert.Equal(77, listing.AddedSnapshotId);
        Assert.Equal(4, listing.PartitionSpecId);
    }

    [Fact]
    public void Partition_summaries_hold_nulls_nans_and_binary_bounds_per_field()
    {
        var (_, listing) = Write(Codec.Type.Deflate);
        var summaries = listing.Partitions!;
        var type = Spec.PartitionType(Schema);
        object Bound(int i, byte[]? bytes) => Conversions.FromBytes((PrimitiveType)type.Fields[i].Type, bytes);

        Assert.Equal(new DateOnly(2026, 11, 19), Bound(0, summaries[0].LowerBound));
        Assert.Equal(new DateOnly(2026, 11, 20), Bound(0, summaries[0].UpperBound));
        Assert.Equal(-12.5m, Bound(1, summaries[1].LowerBound));
        Assert.Equal(3m, Bound(1, summaries[1].UpperBound));
        Assert.True(summaries[2].ContainsNull);
        Assert.False(summaries[0].ContainsNull);
        Assert.Equal("0009", Convert.ToHexString(summaries[3].LowerBound!));
        Assert.True(summaries[5].ContainsNan);
        Assert.Equal(0.5, Bound(5, summaries[5].LowerBound));
    }

    [Fact]
    public void Manifest_list_reads_back_as_written()
    {
        var (_, listing) = Write(Codec.Type.Deflate);
        var stream = new MemoryStream();
        using (var writer = new ManifestListWriter(stream, 77, parentSnapshotId: 70, sequenceNumber: 5))
        {
            writer.Add(listing);
            writer.Add(listing with { ManifestPath = "s3://bucket/t/metadata/other-m0.avro", Partitions = null });
        }
        var header = AvroFileCheck.Validate(stream.ToArray());
        Assert.Equal("77", header.GetString("snapshot-id"));
        Assert.Equal("70", header.GetString("parent-snapshot-id"));
        Assert.Equal("5", header.GetString("sequence-number"));
        Assert.Equal("2", header.GetString("format-version"));
        stream.Position = 0;

        var manifests = ManifestListReader.Read(stream);

        Assert.Equal(2, manifests.Count);
        Assert.Equal(listing with { Partitions = null }, manifests[0] with { Partitions = null });
        Assert.Equal(listing.Partitions!.Count, manifests[0].Partitions!.Count);
        Assert.Equal(listing.Partitions[1].LowerBound, manifests[0].Partitions![1].LowerBound);
        Assert.Null(manifests[1].Partitions);
    }

    [Fact]
    public void Entry_with_a_partition_of_the_wrong_arity_is_refused()
    {
        var writer = new ManifestWriter(new MemoryStream(), Schema, Spec, 1, 1);

        var error = Assert.Throws<IcebergFormatException>(() => writer.Add(File(1, new PartitionData([new DateOnly(2026, 1, 1)]))));
        Assert.Contains("f1.parquet", error.Message);
    }

    [Fact]
    public void A_file_that_is_not_Avro_is_a_format_error()
    {
        var error = Assert.Throws<IcebergFormatException>(() => ManifestReader.Read(new MemoryStream("not a manifest"u8.ToArray()), name: "m0.avro"));
        Assert.Contains("m0.avro", error.Message);
    }

    [Fact]
    public void A_truncated_manifest_is_a_format_error_naming_it()
    {
        var (bytes, listing) = Write(Codec.Type.Deflate);

        var error = Assert.Throws<IcebergFormatException>(() => ManifestReader.Read(new MemoryStream(bytes[..^20]), listing));
        Assert.Contains("m0.avro", error.Message);
    }

    [Fact]
    public void A_truncated_manifest_list_is_a_format_error()
    {
        var (_, listing) = Write(Codec.Type.Deflate);
        var stream = new MemoryStream();
        using (var writer = new ManifestListWriter(stream, 77, null, 5))
            writer.Add(listing);

        Assert.Throws<IcebergFormatException>(() => ManifestListReader.Read(new MemoryStream(stream.ToArray()[..^10])));
    }

    private static (byte[] Bytes, ManifestFile Listing) Write(Codec.Type codec)
    {
        var stream = new MemoryStream();
        var writer = new ManifestWriter(stream, Schema, Spec, snapshotId: 77, sequenceNumber: 5, codec);
        writer.Add(File(1, First));
        writer.Add(ManifestEntry.Existing(60, 2, 3, File(2, Second)));
        writer.Add(ManifestEntry.Deleted(77, 4, 4, File(3, First)));
        var listing = writer.Finish("s3://bucket/t/metadata/m0.avro");
        return (stream.ToArray(), listing);
    }

    private sealed class DataFileComparer : IEqualityComparer<DataFile>
    {
        public static DataFileComparer Instance { get; } = new();

        public bool Equals(DataFile? x, DataFile? y) =>
            x is not null && y is not null
            && (x.Content, x.FilePath, x.FileFormat, x.RecordCount, x.FileSizeInBytes, x.SortOrderId) == (y.Content, y.FilePath, y.FileFormat, y.RecordCount, y.FileSizeInBytes, y.SortOrderId)
            && Same(x.ColumnSizes, y.ColumnSizes) && Same(x.ValueCounts, y.ValueCounts) && Same(x.NullValueCounts, y.NullValueCounts) && Same(x.NanValueCounts, y.NanValueCounts)
            && SameBytes(x.LowerBounds, y.LowerBounds) && SameBytes(x.UpperBounds, y.UpperBounds)
            && x.SplitOffsets!.SequenceEqual(y.SplitOffsets!);

        public int GetHashCode(DataFile obj) => obj.FilePath.GetHashCode();

        private static bool Same(IReadOnlyDictionary<int, long>? a, IReadOnlyDictionary<int, long>? b) =>
            a!.Count == b!.Count && a.All(e => b[e.Key] == e.Value);

        private static bool SameBytes(IReadOnlyDictionary<int, byte[]>? a, IReadOnlyDictionary<int, byte[]>? b) =>
            a!.Count == b!.Count && a.All(e => b[e.Key].AsSpan().SequenceEqual(e.Value));
    }
}
