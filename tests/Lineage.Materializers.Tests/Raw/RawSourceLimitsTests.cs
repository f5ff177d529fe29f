using Lineage.Lakehouse.IO;
using Lineage.Materializers.Raw;
using Xunit;

namespace Lineage.Materializers.Tests.Raw;

/// <summary>Raw files too large, or reached through a link that leads outside the raw root, are refused unread with the reason.</summary>
public sealed class RawSourceLimitsTests : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("lineage-raw-").FullName;
    private readonly string _outside = Directory.CreateTempSubdirectory("lineage-outside-").FullName;

    private string Topic => Directory.CreateDirectory(Path.Combine(_root, RawLayout.TopicFolder)).FullName;

    private static string Sample => SampleFiles.All()[0];

    private RawSource Source(long maxFileBytes = RawSource.DefaultMaxFileBytes) => new(new LocalFileIO(), LocalFileIO.ToUri(_root), maxFileBytes);

    [Fact]
    public async Task A_file_above_the_limit_is_rejected_naming_the_file_and_the_limit()
    {
        File.Copy(Sample, Path.Combine(Topic, "1-1794961846755050338.json"));
        var source = Source(maxFileBytes: 100);

        var file = Assert.Single(await source.ListAsync(CancellationToken.None));
        var result = await source.ReadAsync(file, CancellationToken.None);

        Assert.False(result.IsSuccess);
        Assert.Equal("1-1794961846755050338.json", result.Error.File);
        Assert.Equal($"the file has {new FileInfo(Sample).Length:N0} bytes, more than the 100 that Lineage:Raw:MaxFileBytes allows", result.Error.Problem);
        Assert.True((await Source().ReadAsync(file, CancellationToken.None)).IsSuccess);
    }

    [Fact]
    public async Task A_link_to_a_file_outside_the_root_is_refused_a_link_inside_is_read_and_a_linked_folder_is_not_entered()
    {
        var outsideFile = Path.Combine(_outside, "secret.json");
        File.Copy(Sample, outsideFile);
        File.CreateSymbolicLink(Path.Combine(Topic, "1-1794961846755050338.json"), outsideFile);
        var archived = Path.Combine(Directory.CreateDirectory(Path.Combine(_root, "archive")).FullName, "kept.json");
        File.Copy(Sample, archived);
        File.CreateSymbolicLink(Path.Combine(Topic, "2-1794961846755050339.json"), archived);
        Directory.CreateSymbolicLink(Path.Combine(Topic, "elsewhere"), _outside);

        var files = await Source().ListAsync(CancellationToken.None);

        Assert.Equal(["1-1794961846755050338.json", "2-1794961846755050339.json"], files.Select(f => f.Name).Order(StringComparer.Ordinal));
        var outside = await Source().ReadAsync(files.Single(f => f.Name.StartsWith("1-", StringComparison.Ordinal)), CancellationToken.None);
        Assert.False(outside.IsSuccess);
        Assert.Equal($"the file is a link to {outsideFile}, outside the raw root {_root}; raw files must live under it", outside.Error.Problem);
        Assert.True((await Source().ReadAsync(files.Single(f => f.Name.StartsWith("2-", StringComparison.Ordinal)), CancellationToken.None)).IsSuccess);
    }

    public void Dispose()
    {
        Directory.Delete(_root, recursive: true);
        Directory.Delete(_outside, recursive: true);
    }
}
