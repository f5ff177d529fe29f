using System.Collections.Concurrent;

namespace Lineage.Lakehouse.IO;

/// <summary>
/// An <see cref="ICommitLock"/> inside one process: enough for tests and a single embedded writer, not for several
/// processes or machines writing the same store (those need a lock in a shared database).
/// </summary>
public sealed class LocalCommitLock : ICommitLock
{
    private readonly ConcurrentDictionary<string, SemaphoreSlim> _locks = new(StringComparer.Ordinal);

    public async Task<IAsyncDisposable> AcquireAsync(string key, TimeSpan timeout, CancellationToken cancellationToken = default)
    {
        var gate = _locks.GetOrAdd(key, _ => new SemaphoreSlim(1, 1));
        if (!await gate.WaitAsync(timeout, cancellationToken))
            throw new CommitLockTimeoutException(key, timeout);
        return new Release(gate);
    }

    private sealed class Release(SemaphoreSlim gate) : IAsyncDisposable
    {
        private int _released;

        public ValueTask DisposeAsync()
        {
            if (Interlocked.Exchange(ref _released, 1) == 0)
                gate.Release();
            return ValueTask.CompletedTask;
        }
    }
}
