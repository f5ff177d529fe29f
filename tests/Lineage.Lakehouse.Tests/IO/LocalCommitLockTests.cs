using Lineage.Lakehouse.IO;

namespace Lineage.Lakehouse.Tests.IO;

public sealed class LocalCommitLockTests
{
    private readonly LocalCommitLock _lock = new();

    [Fact]
    public async Task A_held_key_makes_others_give_up_after_their_timeout()
    {
        await using var held = await _lock.AcquireAsync("s3://b/t/metadata", TimeSpan.FromSeconds(1));

        var error = await Assert.ThrowsAsync<CommitLockTimeoutException>(() => _lock.AcquireAsync("s3://b/t/metadata", TimeSpan.FromMilliseconds(50)));
        Assert.Contains("s3://b/t/metadata", error.Message);
    }

    [Fact]
    public async Task Releasing_lets_the_next_writer_in_and_releasing_twice_is_harmless()
    {
        var first = await _lock.AcquireAsync("k", TimeSpan.FromSeconds(1));
        var waiting = _lock.AcquireAsync("k", TimeSpan.FromSeconds(30));
        Assert.False(waiting.IsCompleted);

        await first.DisposeAsync();
        await first.DisposeAsync();
        await using var second = await waiting;

        await Assert.ThrowsAsync<CommitLockTimeoutException>(() => _lock.AcquireAsync("k", TimeSpan.FromMilliseconds(50)));
    }

    [Fact]
    public async Task Different_keys_do_not_block_each_other()
    {
        await using var a = await _lock.AcquireAsync("a", TimeSpan.FromSeconds(1));
        await using var b = await _lock.AcquireAsync("b", TimeSpan.FromMilliseconds(50));
    }
}
