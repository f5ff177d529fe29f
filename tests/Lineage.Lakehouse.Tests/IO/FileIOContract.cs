using Lineage.Lakehouse.IO;

namespace Lineage.Lakehouse.Tests.IO;

/// <summary>The behaviour every <see cref="IFileIO"/> shares; each implementation runs it through a derived class.</summary>
public abstract class FileIOContract
{
    protected abstract IFileIO Io { get; }

    /// <summary>A folder of its own for the test, as a location ending with a slash.</summary>
    protected abstract string Root { get; }

    private string At(string name) => Root + name;

    private async Task WriteAsync(string location, byte[] content, int chunk = 1000)
    {
        await using var stream = await Io.CreateAsync(location);
        for (var offset = 0; offset < content.Length; offset += chunk)
            await stream.WriteAsync(content.AsMemory(offset, Math.Min(chunk, content.Length - offset)));
    }

    private async Task<List<FileEntry>> ListAsync(string prefix)
    {
        var entries = new List<FileEntry>();
        await foreach (var entry in Io.ListAsync(prefix))
            entries.Add(entry);
        return entries;
    }

    [Fact]
    public async Task Created_file_reads_back_whole_and_by_range()
    {
        var content = Bytes.Random(100_000, seed: 1);
        await WriteAsync(At("a.bin"), content);

        Assert.Equal(content, await Io.ReadAllBytesAsync(At("a.bin")));
        await using var file = await Io.OpenReadAsync(At("a.bin"));
        Assert.Equal(content.Length, file.Length);
        Assert.Equal(At("a.bin"), file.Location);
        foreach (var (offset, length) in new[] { (0, 10), (12_345, 4_000), (content.Length - 8, 8), (content.Length - 70_000, 70_000), (50_000, 0) })
        {
            var range = new byte[length];
            await file.ReadAsync(offset, range);
            Assert.Equal(content.AsSpan(offset, length).ToArray(), range);
        }
    }

    [Fact]
    public async Task Empty_file_round_trips()
    {
        await WriteAsync(At("empty"), []);

        Assert.Empty(await Io.ReadAllBytesAsync(At("empty")));
        await using var file = await Io.OpenReadAsync(At("empty"));
        Assert.Equal(0, file.Length);
    }

    [Fact]
    public async Task File_is_invisible_until_the_write_stream_is_disposed()
    {
        var stream = await Io.CreateAsync(At("pending.bin"));
        await stream.WriteAsync(Bytes.Random(5_000, seed: 2));
        Assert.Equal(5_000, stream.Position);

        Assert.False(await Io.ExistsAsync(At("pending.bin")));
        Assert.Empty(await ListAsync(Root));
        await Assert.ThrowsAsync<LocationNotFoundException>(() => Io.ReadAllBytesAsync(At("pending.bin")));

        await stream.DisposeAsync();
        Assert.True(await Io.ExistsAsync(At("pending.bin")));
        Assert.Equal(5_000, Assert.Single(await ListAsync(Root)).Length);
    }

    [Fact]
    public async Task Creating_an_existing_file_replaces_it_on_dispose()
    {
        await WriteAsync(At("f"), [1, 2, 3]);
        var stream = await Io.CreateAsync(At("f"));
        await stream.WriteAsync(new byte[] { 9, 9 });
        Assert.Equal([1, 2, 3], await Io.ReadAllBytesAsync(At("f")));

        await stream.DisposeAsync();
        Assert.Equal([9, 9], await Io.ReadAllBytesAsync(At("f")));
    }

    [Fact]
    public async Task Write_abandoned_by_cancellation_leaves_nothing()
    {
        using var abandon = new CancellationTokenSource();
        await using (var stream = await Io.CreateAsync(At("abandoned.bin"), abandon.Token))
        {
            await stream.WriteAsync(Bytes.Random(1_000, seed: 3));
            abandon.Cancel();
        }

        Assert.False(await Io.ExistsAsync(At("abandoned.bin")));
        Assert.Empty(await ListAsync(Root));
    }

    [Fact]
    public async Task Failed_write_leaves_nothing()
    {
        await using (var stream = await Io.CreateAsync(At("failed.bin")))
        {
            await stream.WriteAsync(Bytes.Random(1_000, seed: 4));
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() =>
                stream.WriteAsync(new byte[10], new CancellationToken(canceled: true)).AsTask());
        }

        Assert.False(await Io.ExistsAsync(At("failed.bin")));
        Assert.Empty(await ListAsync(Root));
    }

    [Fact]
    public async Task Large_file_in_several_parts_round_trips()
    {
        var content = Bytes.Random(21 * 1024 * 1024 + 17, seed: 5);
        await WriteAsync(At("large.bin"), content, chunk: 1_000_003);

        await using var file = await Io.OpenReadAsync(At("large.bin"));
        Assert.Equal(content.Length, file.Length);
        var acrossPartBoundary = new byte[3 * 1024 * 1024];
        await file.ReadAsync(7 * 1024 * 1024, acrossPartBoundary);
        Assert.Equal(content.AsSpan(7 * 1024 * 1024, acrossPartBoundary.Length).ToArray(), acrossPartBoundary);
        Assert.Equal(content, await Io.ReadAllBytesAsync(At("large.bin")));
    }

    [Fact]
    public async Task Abandoned_large_write_leaves_nothing()
    {
        using var abandon = new CancellationTokenSource();
        await using (var stream = await Io.CreateAsync(At("large-abandoned.bin"), abandon.Token))
        {
            await stream.WriteAsync(Bytes.Random(11 * 1024 * 1024, seed: 6));
            abandon.Cancel();
        }

        Assert.False(await Io.ExistsAsync(At("large-abandoned.bin")));
        Assert.Empty(await ListAsync(Root));
    }

    [Fact]
    public async Task Listing_is_recursive_ordered_and_filters_by_string_prefix()
    {
        foreach (var name in new[] { "data/part-2.parquet", "data/part-1.parquet", "data/sub/part-3.parquet", "data2/x", "metadata/v1.json" })
            await WriteAsync(At(name), Bytes.Random(name.Length, seed: 7));

        var all = await ListAsync(Root);
        Assert.Equal(
            new[] { "data/part-1.parquet", "data/part-2.parquet", "data/sub/part-3.parquet", "data2/x", "metadata/v1.json" }.Select(At),
            all.Select(e => e.Location));
        Assert.All(all, e => Assert.Equal(e.Location.Length - Root.Length, e.Length));
        Assert.All(all, e => Assert.True(e.LastModified > DateTimeOffset.UtcNow.AddHours(-1)));

        Assert.Equal(3, (await ListAsync(At("data/"))).Count);
        Assert.Equal(4, (await ListAsync(At("data"))).Count);
        Assert.Equal([At("data/part-1.parquet"), At("data/part-2.parquet")], (await ListAsync(At("data/part-"))).Select(e => e.Location));
        Assert.Empty(await ListAsync(At("nothing/")));
    }

    [Fact]
    public async Task Delete_removes_the_file_and_deleting_a_missing_file_is_harmless()
    {
        await WriteAsync(At("gone"), [1]);
        Assert.True(await Io.ExistsAsync(At("gone")));

        await Io.DeleteAsync(At("gone"));
        Assert.False(await Io.ExistsAsync(At("gone")));
        await Io.DeleteAsync(At("gone"));
        await Io.DeleteAsync(At("never/was"));
        Assert.Empty(await ListAsync(Root));
    }

    [Fact]
    public async Task Create_new_publishes_once_and_refuses_to_overwrite()
    {
        Assert.True(await Io.TryCreateNewAsync(At("v1.json"), "first"u8.ToArray()));
        Assert.False(await Io.TryCreateNewAsync(At("v1.json"), "second"u8.ToArray()));

        Assert.Equal("first"u8.ToArray(), await Io.ReadAllBytesAsync(At("v1.json")));
        Assert.Single(await ListAsync(Root));
    }

    [Fact]
    public async Task Concurrent_create_new_has_exactly_one_winner()
    {
        const int writers = 16;
        for (var round = 0; round < 8; round++)
        {
            var location = At($"metadata/v{round}.json");
            var contents = Enumerable.Range(0, writers).Select(i => Bytes.Random(2_000 + i, seed: 100 * round + i)).ToArray();
            var start = new TaskCompletionSource();
            var attempts = contents.Select(content => Task.Run(async () =>
            {
                await start.Task;
                return await Io.TryCreateNewAsync(location, content);
            })).ToArray();
            start.SetResult();
            var results = await Task.WhenAll(attempts);

            var winner = Assert.Single(Enumerable.Range(0, writers), i => results[i]);
            Assert.Equal(contents[winner], await Io.ReadAllBytesAsync(location));
        }
        Assert.Equal(8, (await ListAsync(Root)).Count);
    }

    [Fact]
    public async Task Errors_name_the_location()
    {
        var missing = At("missing.parquet");

        var open = await Assert.ThrowsAsync<LocationNotFoundException>(() => Io.OpenReadAsync(missing));
        Assert.Contains(missing, open.Message);
        Assert.Equal(missing, open.Location);
        var read = await Assert.ThrowsAsync<LocationNotFoundException>(() => Io.ReadAllBytesAsync(missing));
        Assert.Contains(missing, read.Message);

        await WriteAsync(At("short"), [1, 2, 3]);
        await using var file = await Io.OpenReadAsync(At("short"));
        var beyond = await Assert.ThrowsAsync<EndOfStreamException>(() => file.ReadAsync(2, new byte[2]).AsTask());
        Assert.Contains(At("short"), beyond.Message);
    }
}
