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
