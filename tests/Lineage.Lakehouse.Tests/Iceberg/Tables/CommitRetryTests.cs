using Lineage.Lakehouse.Iceberg.Tables;
using Lineage.Lakehouse.IO;
using static Lineage.Lakehouse.Tests.Iceberg.Tables.FeatureRows;

namespace Lineage.Lakehouse.Tests.Iceberg.Tables;

/// <summary>Commits that find a newer version than the one they started from.</summary>
public sealed class CommitRetryTests : IDisposable
{
    private readonly TableFolder _folder = new();
    private readonly LocalFileIO _io = new();

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

    [Fact]
    public async Task A_commit_that_loses_every_race_fails_naming_the_table_and_cleans_up_its_manifests()
    {
        var properties = new Dictionary<string, string> { ["commit.retry.num-retries"] = "0" };
        var stale = await IcebergTable.CreateAsync(_io, _folder.Location, Schema, Spec, properties);
        await AppendAsync(await IcebergTable.LoadAsync(_io, _folder.Location), Range(1, 2, 20));
        var files = await stale.WriteDataFilesAsync([Batch(Range(5, 2, 20))]);

        var error = await Assert.ThrowsAsync<CommitFailedException>(() => stale.AppendAsync(files));

        Assert.Equal(1, error.Attempts);
        Assert.Contains(_folder.Location, error.Message);
        Assert.Equal("0", stale.Metadata.Properties["commit.retry.num-retries"]);
        var orphans = (await stale.FindOrphanFilesAsync()).Select(o => o.Location).ToList();
        Assert.Equal(files.Select(f => f.FilePath).Order(), orphans.Order());
    }

    public void Dispose() => _folder.Dispose();
}
