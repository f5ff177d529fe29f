using Lineage.Lakehouse.Iceberg.Manifests;
using Lineage.Lakehouse.Iceberg.Metadata;
using Lineage.Lakehouse.Iceberg.Schemas;
using Lineage.Lakehouse.Iceberg.Values;

namespace Lineage.Lakehouse.Tests.Iceberg;

public class FixtureTableTests
{
    public static TheoryData<string, string> CurrentMetadata => new()
    {
        { "spark-rename_column", "v3.metadata.json" },
        { "spark-bunnies", "v5.metadata.json" },
        { "java-bunnies", "v5.metadata.json" },
        { "athena-example", "00001-aaf0d033-d06b-43c7-be60-67f83abd4aca.metadata.json" },
    };

    [Theory]
    [MemberData(nameof(CurrentMetadata))]
    public void Snapshot_summary_totals_match_the_manifests_written_by_other_engines(string table, string metadataFile)
    {
        var metadata = TableMetadata.FromJson(File.ReadAllText(IcebergFixtures.MetadataFile(table, metadataFile)));
        var snapshot = metadata.CurrentSnapshot!;
        var manifests = ReadList(table, snapshot.ManifestList!);

        var live = manifests
            .SelectMany(m => ReadManifest(table, m).Entries)
            .Where(e => e.Status != ManifestEntryStatus.Deleted)
            .ToList();

        var dataFiles = live.Where(e => e.DataFile.Content == DataFileContent.Data).ToList();
        Assert.Equal(long.Parse(snapshot.Summary["total-data-files"]), dataFiles.Count);
        Assert.Equal(long.Parse(snapshot.Summary["total-records"]), dataFiles.Sum(e => e.DataFile.RecordCount));
        Assert.Equal(long.Parse(snapshot.Summary["total-delete-files"]), live.Count - dataFiles.Count);
        Assert.All(live, e => Assert.NotNull(e.SequenceNumber));
        Assert.All(live, e => Assert.StartsWith(metadata.Location + "/data/", e.DataFile.FilePath));
    }

    [Theory]
    [MemberData(nameof(CurrentMetadata))]
    public void Manifest_lengths_in_lists_are_the_exact_file_sizes(string table, string metadataFile)
    {
        var metadata = TableMetadata.FromJson(File.ReadAllText(IcebergFixtures.MetadataFile(table, metadataFile)));
        foreach (var snapshot in metadata.Snapshots)
        {
            foreach (var manifest in ReadList(table, snapshot.ManifestList!))
                Assert.Equal(new FileInfo(IcebergFixtures.Local(table, manifest.ManifestPath)).Length, manifest.ManifestLength);
        }
    }

    [Fact]
    public void Spark_partitioned_table_reads_partition_values_and_null_partitions()
    {
        const string table = "spark-rename_column";
        var metadata = TableMetadata.FromJson(File.ReadAllText(IcebergFixtures.MetadataFile(table, "v3.metadata.json")));
        Assert.Equal(1, metadata.CurrentSchemaId);
        Assert.Equal("event_date", metadata.CurrentSchema.FindField(3)!.Name);
        Assert.Equal(IcebergType.Decimal(10, 2), metadata.CurrentSchema.FindField("price")!.Type);
        Assert.Equal("bucket", metadata.DefaultSpec.Fields[0].Transform.Name);
        Assert.Equal(4, metadata.DefaultSpec.Fields[0].Transform.Parameter);

        var listing = Assert.Single(ReadList(table, metadata.CurrentSnapshot!.ManifestList!));
        Assert.Equal(3, listing.AddedFilesCount);
        Assert.Equal(4, listing.AddedRowsCount);
        Assert.Equal(1, listing.SequenceNumber);
        var manifest = ReadManifest(table, listing);
        Assert.Equal(2, manifest.FormatVersion);
        Assert.Equal(3, manifest.Entries.Count);

        var byDate = manifest.Entries.ToDictionary(e => e.DataFile.Partition[1] is DateOnly d ? d.ToString("yyyy-MM-dd") : "null", e => e.DataFile);
        Assert.Equal(["2022-01-01", "2022-01-02", "null"], byDate.Keys.Order());
        Assert.Contains("/data/id_bucket=3/date=null/", byDate["null"].FilePath);
        Assert.Equal(new DateOnly(2022, 1, 1), manifest.Entries.Select(e => e.DataFile.Partition[1]).OfType<DateOnly>().Min());
        Assert.All(manifest.Entries, e => Assert.IsType<int>(e.DataFile.Partition[0]));

        var dateSummary = listing.Partitions![1];
        Assert.True(dateSummary.ContainsNull);
        Assert.Equal(new DateOnly(2022, 1, 1), Conversions.FromBytes(IcebergType.Date, dateSummary.LowerBound));
        Assert.Equal(new DateOnly(2022, 1, 2), Conversions.FromBytes(IcebergType.Date, dateSummary.UpperBound));
    }

    [Fact]
    public void Column_bounds_written_by_Spark_decode_with_the_single_value_serialization()
    {
        const string table = "spark-bunnies";
        var metadata = TableMetadata.FromJson(File.ReadAllText(IcebergFixtures.MetadataFile(table, "v2.metadata.json")));
        var first = metadata.Snapshots[0];
        var entry = ReadList(table, first.ManifestList!).SelectMany(m => ReadManifest(table, m).Entries).First();
        var schema = metadata.CurrentSchema;

        var name = (string)Conversions.FromBytes((PrimitiveType)schema.FindField(1)!.Type, entry.DataFile.LowerBounds![1]);
        var weightLow = (double)Conversions.FromBytes(IcebergType.Double, entry.DataFile.LowerBounds[2]);
        var weightHigh = (double)Conversions.FromBytes(IcebergType.Double, entry.DataFile.UpperBounds![2]);

        Assert.False(string.IsNullOrEmpty(name));
        Assert.True(weightLow <= weightHigh);
        Assert.Equal(entry.DataFile.RecordCount, entry.DataFile.ValueCounts![1]);
    }

    [Fact]
    public void Every_metadata_version_of_every_fixture_reads_and_writes_back_the_same()
    {
        foreach (var file in Directory.GetFiles(IcebergFixtures.Root, "*.metadata.json", SearchOption.AllDirectories))
        {
            var metadata = TableMetadata.FromJson(File.ReadAllText(file));
            var again = TableMetadata.FromJson(metadata.ToJson());
            Assert.Equal(metadata.ToJson(), again.ToJson());
            Assert.Equal(metadata.Snapshots.Count, again.Snapshots.Count);
            Assert.Equal(metadata.CurrentSnapshotId, again.CurrentSnapshotId);
        }
    }

    private static IReadOnlyList<ManifestFile> ReadList(string table, string uri)
    {
        using var stream = File.OpenRead(IcebergFixtures.Local(table, uri));
        return ManifestListReader.Read(stream, uri);
    }

    private static ManifestContents ReadManifest(string table, ManifestFile listing)
    {
        using var stream = File.OpenRead(IcebergFixtures.Local(table, listing.ManifestPath));
        return ManifestReader.Read(stream, listing);
    }
}
