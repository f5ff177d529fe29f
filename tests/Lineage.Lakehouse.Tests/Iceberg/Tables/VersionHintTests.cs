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

    public void Dispose() => _folder.Dispose();
}
