using Lineage.Lakehouse.IO;
using Lineage.Lakehouse.IO.S3;

namespace Lineage.Lakehouse.Tests.IO;

/// <summary>How create-if-absent copes with a store that ignores <c>If-None-Match: *</c> (as the local S3 server does).</summary>
public sealed class S3ConditionalPutTests
{
    private readonly string _root = S3TestServer.NewRoot();

    [Fact]
    public async Task Probe_finds_that_the_test_server_ignores_conditional_puts_and_leaves_nothing()
    {
        using var io = new S3FileIO(S3TestServer.Settings(ConditionalPuts.Auto));

        Assert.False(await io.SupportsConditionalPutsAsync(_root + "metadata/v1.json"));
        await foreach (var leftover in io.ListAsync(_root))
            Assert.Fail($"the probe left {leftover.Location}");
    }

    [Fact]
    public async Task Probe_recognises_a_store_that_refuses_a_second_conditional_put()
    {
        var http = new RecordingHttpClientFactory { EmulateConditionalPuts = true };
        using var client = ClientWith(http);
        var io = new S3FileIO(client, S3TestServer.Settings(ConditionalPuts.Auto));

        Assert.True(await io.SupportsConditionalPutsAsync(_root + "metadata/v1.json"));
        Assert.Equal([200, 412, 204], http.Requests.Select(r => r.Status));
        Assert.True(await io.SupportsConditionalPutsAsync(_root + "metadata/v2.json"));
        Assert.Equal(3, http.Requests.Count);
    }

    [Fact]
    public async Task With_conditional_puts_a_refused_put_means_the_file_exists()
    {
        var http = new RecordingHttpClientFactory { EmulateConditionalPuts = true };
        using var client = ClientWith(http);
        var io = new S3FileIO(client, S3TestServer.Settings(ConditionalPuts.On));
        var location = _root + "metadata/v1.json";

        Assert.True(await io.TryCreateNewAsync(location, "first"u8.ToArray()));
        Assert.False(await io.TryCreateNewAsync(location, "second"u8.ToArray()));
        Assert.Equal("first"u8.ToArray(), await io.ReadAllBytesAsync(location));
    }

    private static Amazon.S3.AmazonS3Client ClientWith(RecordingHttpClientFactory http)
    {
        var settings = S3TestServer.Settings();
        var config = settings.CreateConfig();
        config.HttpClientFactory = http;
        return settings.CreateClient(config);
    }

    [Fact]
    public async Task Settings_on_and_off_are_taken_without_a_probe()
    {
        using var on = new S3FileIO(S3TestServer.Settings(ConditionalPuts.On));
        using var off = new S3FileIO(S3TestServer.Settings(ConditionalPuts.Off));

        Assert.True(await on.SupportsConditionalPutsAsync(_root + "x"));
        Assert.False(await off.SupportsConditionalPutsAsync(_root + "x"));
    }

    [Fact]
    public async Task Without_conditional_puts_or_a_commit_lock_create_new_refuses_and_names_the_location()
    {
        using var io = new S3FileIO(S3TestServer.Settings(ConditionalPuts.Auto));
        var location = _root + "metadata/v1.json";

        var error = await Assert.ThrowsAsync<ConditionalPutsUnavailableException>(() => io.TryCreateNewAsync(location, "{}"u8.ToArray()));

        Assert.Equal(location, error.Location);
        Assert.Contains("commit lock", error.Message);
        Assert.False(await io.ExistsAsync(location));
    }

    [Fact]
    public async Task Create_new_gives_up_when_the_commit_lock_stays_held()
    {
        var commitLock = new LocalCommitLock();
        var settings = S3TestServer.Settings(ConditionalPuts.Off) with { CommitLockTimeout = TimeSpan.FromMilliseconds(100) };
        using var io = new S3FileIO(settings, commitLock);
        var location = _root + "metadata/v1.json";

        await using (await commitLock.AcquireAsync(location, TimeSpan.FromSeconds(1)))
        {
            var error = await Assert.ThrowsAsync<CommitLockTimeoutException>(() => io.TryCreateNewAsync(location, "{}"u8.ToArray()));
            Assert.Equal(location, error.Key);
        }

        Assert.False(await io.ExistsAsync(location));
        Assert.True(await io.TryCreateNewAsync(location, "{}"u8.ToArray()));
    }
}
