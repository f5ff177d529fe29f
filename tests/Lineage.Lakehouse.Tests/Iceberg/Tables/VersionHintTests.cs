using Lineage.Lakehouse.Iceberg.Tables;
using Lineage.Lakehouse.IO;
using static Lineage.Lakehouse.Tests.Iceberg.Tables.FeatureRows;

namespace Lineage.Lakehouse.Tests.Iceberg.Tables;

public sealed class VersionHintTests : IDisposable
{
    private readonly TableFolder _folder = new();
    private readonly LocalFileIO _io = new();

    private async Task<IcebergTable> TableWithThreeVersionsAsync()
    {
        var table = await IcebergTable.CreateAsync(_io, _folder.Location, Schema, Spec);
        await AppendAsync(table, Range(1, 2, 20));
        await AppendAsync(table, Range(5, 2, 21));
        return table;
    }

    [Fact]
    public async Task Load_finds_versions_newer_than_a_stale_hint()
    {
        var table = await TableWithThreeVersionsAsync();
        await File.WriteAllTextAsync(_folder.PathOf("metadata/version-hint.text"), "1");

        var loaded = await IcebergTable.LoadAsync(_io, _folder.Location);

        Assert.Equal(3, loaded.MetadataVersion);
        Assert.Equal(table.Metadata.CurrentSnapshotId, loaded.Metadata.CurrentSnapshotId);
        Assert.Equal(4, (await ReadAsync(loaded)).Count);
    }

    [Fact]
    public async Task Load_lists_the_metadata_folder_without_a_hint()
    {
        await TableWithThreeVersionsAsync();
        File.Delete(_folder.PathOf("metadata/version-hint.text"));

        var loaded = await IcebergTable.LoadAsync(_io, _folder.Location);

        Assert.Equal(3, loaded.MetadataVersion);
    }

    [Fact]
    public async Task A_commit_on_a_stale_object_retries_on_the_newest_version()
    {
        var stale = await IcebergTable.CreateAsync(_io, _folder.Location, Schema, Spec);
        var other = await IcebergTable.LoadAsync(_io, _folder.Location);
        await AppendAsync(other, Range(1, 2, 20));
        await File.WriteAllTextAsync(_folder.PathOf("metadata/version-hint.text"), "1");

        var result = await AppendAsync(stale, Range(5, 2, 20));

        Assert.Equal(2, result.Attempts);
        Assert.Equal(3, result.MetadataVersion);
        Assert.Equal(2, result.SequenceNumber);
        Assert.Equal([1L, 2L, 5L, 6L], (await ReadAsync(stale)).Select(r => r.Id));
    }

    [Fact]
    public async Task A_replace_that_lost_the_race_replans_against_files_committed_meanwhile()
    {
        var stale = await IcebergTable.CreateAsync(_io, _folder.Location, Schema, Spec);
        var other = await IcebergTable.LoadAsync(_io, _folder.Location);
        await AppendAsync(other, Range(1, 2, 20).Concat(Range(10, 1, 21)));

        var result = await ReplaceAsync(stale, Range(5, 1, 20));

        Assert.Equal(2, result.Attempts);
        Assert.Equal("2", result.Summary["deleted-records"]);
        Assert.Equal([5L, 10L], (await ReadAsync(stale)).Select(r => r.Id));
        Assert.Empty(await stale.FindOrphanFilesAsync());
    }

    public void Dispose() => _folder.Dispose();
}
