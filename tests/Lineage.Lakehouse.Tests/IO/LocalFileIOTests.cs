using Lineage.Lakehouse.IO;

namespace Lineage.Lakehouse.Tests.IO;

public sealed class LocalFileIOTests : FileIOContract, IDisposable
{
    private readonly TemporaryFolder _folder = new();

    protected override IFileIO Io { get; } = new LocalFileIO();

    protected override string Root => LocalFileIO.ToUri(_folder.Path) + "/";

    [Fact]
    public async Task Plain_paths_and_file_uris_name_the_same_file()
    {
        var path = Path.Combine(_folder.Path, "p.bin");
        await using (var stream = await Io.CreateAsync(path))
            await stream.WriteAsync(new byte[] { 7 });

        Assert.Equal([7], await Io.ReadAllBytesAsync("file://" + path));
        Assert.True(await Io.ExistsAsync("file:" + path));
        Assert.Equal("file:" + path, Assert.Single(await ToListAsync(Io.ListAsync(path))).Location);
    }

    [Fact]
    public async Task Writes_in_progress_are_left_out_of_listings()
    {
        await using var pending = await Io.CreateAsync(Root + "pending");

        Assert.Single(Directory.GetFiles(_folder.Path));
        Assert.Empty(await ToListAsync(Io.ListAsync(Root)));
    }

    private static async Task<List<FileEntry>> ToListAsync(IAsyncEnumerable<FileEntry> entries)
    {
        var list = new List<FileEntry>();
        await foreach (var entry in entries)
            list.Add(entry);
        return list;
    }

    public void Dispose() => _folder.Dispose();
}
