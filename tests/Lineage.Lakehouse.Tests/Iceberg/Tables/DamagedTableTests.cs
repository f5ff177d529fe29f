using Lineage.Lakehouse.Iceberg.Tables;
using Lineage.Lakehouse.IO;
using static Lineage.Lakehouse.Tests.Iceberg.Tables.FeatureRows;

namespace Lineage.Lakehouse.Tests.Iceberg.Tables;

/// <summary>A damaged metadata version, manifest list, manifest or data file is reported as the table and the file at fault.</summary>
public sealed class DamagedTableTests : IDisposable
{
    private readonly TableFolder _folder = new();
    private readonly LocalFileIO _io = new();

    private async Task<IcebergTable> TableWithRowsAsync()
    {
        var table = await IcebergTable.CreateAsync(_io, _folder.Location, Schema, Spec);
        await AppendAsync(table, Range(1, 5, 20));
        return table;
    }

    private static void Truncate(string path) => File.WriteAllBytes(path, File.ReadAllBytes(path)[..(int)(new FileInfo(path).Length / 2)]);

    private static string LocalPath(string location) => location.StartsWith("file:", StringComparison.Ordinal) ? location["file:".Length..] : location;

    [Fact]
    public async Task A_truncated_metadata_version_names_the_table_and_that_file()
    {
        await TableWithRowsAsync();
        var newest = Directory.GetFiles(_folder.PathOf("metadata"), "v*.metadata.json").OrderBy(f => f.Length).ThenBy(f => f, StringComparer.Ordinal).Last();
        Truncate(newest);

        var error = await Assert.ThrowsAsync<DamagedTableException>(() => IcebergTable.LoadAsync(_io, _folder.Location));

        Assert.Equal(_folder.Location, error.Table);
        Assert.EndsWith(Path.GetFileName(newest), error.File);
        Assert.Contains("not valid JSON", error.Message);
        Assert.True(DamagedTableException.IsPermanent(new InvalidOperationException("wrapped", error)));
    }

    [Fact]
    public async Task A_truncated_manifest_list_and_a_truncated_manifest_fail_the_scan_naming_each()
    {
        var table = await TableWithRowsAsync();
        var list = table.Metadata.CurrentSnapshot!.ManifestList!;
        var manifest = Path.GetFileName(Directory.GetFiles(_folder.PathOf("metadata"), "*.avro").Single(f => !f.Contains("snap-", StringComparison.Ordinal)));
        File.Copy(LocalPath(list), LocalPath(list) + ".good");
        Truncate(LocalPath(list));

        var listError = await Assert.ThrowsAsync<DamagedTableException>(() => ReadAsync(table));
        Assert.Equal(list, listError.File);

        File.Move(LocalPath(list) + ".good", LocalPath(list), overwrite: true);
        Truncate(_folder.PathOf(Path.Combine("metadata", manifest)));
        var manifestError = await Assert.ThrowsAsync<DamagedTableException>(() => ReadAsync(table));
        Assert.EndsWith(manifest, manifestError.File);
    }

    [Fact]
    public async Task A_truncated_data_file_and_a_missing_one_fail_the_scan_naming_the_file()
    {
        var table = await TableWithRowsAsync();
        var dataFile = (await table.PlanFilesAsync()).Single().FilePath;
        Truncate(LocalPath(dataFile));

        var truncated = await Assert.ThrowsAsync<DamagedTableException>(() => ReadAsync(table));
        Assert.Equal(dataFile, truncated.File);
        Assert.Equal(_folder.Location, truncated.Table);

        File.Delete(LocalPath(dataFile));
        var missing = await Assert.ThrowsAsync<DamagedTableException>(() => ReadAsync(table));
        Assert.Equal(dataFile, missing.File);
        Assert.Contains("referenced by the table but missing", missing.Message);
    }

    public void Dispose() => _folder.Dispose();
}
