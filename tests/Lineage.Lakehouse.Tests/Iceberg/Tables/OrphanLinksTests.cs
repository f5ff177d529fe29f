using Lineage.Lakehouse.Iceberg.Tables;
using Lineage.Lakehouse.IO;
using static Lineage.Lakehouse.Tests.Iceberg.Tables.FeatureRows;

namespace Lineage.Lakehouse.Tests.Iceberg.Tables;

/// <summary>Orphan cleanup never follows a symbolic link and never deletes outside the table's location.</summary>
public sealed class OrphanLinksTests : IDisposable
{
    private readonly TableFolder _folder = new();
    private readonly TableFolder _outside = new();
    private readonly LocalFileIO _io = new();

    [Fact]
    public async Task Links_to_folders_and_files_outside_are_neither_listed_nor_deleted_and_a_real_orphan_is()
    {
        var table = await IcebergTable.CreateAsync(_io, _folder.Location, Schema, Spec);
        await AppendAsync(table, Range(1, 3, 20));
        var precious = _outside.PathOf("precious.parquet");
        File.WriteAllText(precious, "not the table's");
        Directory.CreateDirectory(_outside.PathOf("folder"));
        File.WriteAllText(_outside.PathOf(Path.Combine("folder", "also-precious.parquet")), "not the table's either");
        Directory.CreateSymbolicLink(_folder.PathOf(Path.Combine("data", "linked-folder")), _outside.PathOf("folder"));
        File.CreateSymbolicLink(_folder.PathOf(Path.Combine("data", "linked-file.parquet")), precious);
        var leftover = _folder.PathOf(Path.Combine("data", "leftover.parquet"));
        File.WriteAllText(leftover, "an uncommitted file");

        var orphans = await table.FindOrphanFilesAsync();
        var deleted = await table.DeleteOrphanFilesAsync();

        Assert.Equal([LocalFileIO.ToUri(leftover)], orphans.Select(o => o.Location));
        Assert.Equal(1, deleted);
        Assert.False(File.Exists(leftover));
        Assert.True(File.Exists(precious));
        Assert.True(File.Exists(_outside.PathOf(Path.Combine("folder", "also-precious.parquet"))));
        Assert.True(File.Exists(_folder.PathOf(Path.Combine("data", "linked-file.parquet"))));
        Assert.Equal(Range(1, 3, 20), await ReadAsync(table));
    }

    public void Dispose()
    {
        _folder.Dispose();
        _outside.Dispose();
    }
}
