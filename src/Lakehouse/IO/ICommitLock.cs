namespace Lineage.Lakehouse.IO;

/// <summary>
/// A mutual-exclusion lock by name, shared by every writer of a store. The S3 file IO takes it to create files
/// atomically on stores without conditional puts; disposing the returned handle releases the lock.
/// </summary>
public interface ICommitLock
{
    /// <summary>Waits up to <paramref name="timeout"/> for the lock; throws <see cref="CommitLockTimeoutException"/> after that.</summary>
    Task<IAsyncDisposable> AcquireAsync(string key, TimeSpan timeout, CancellationToken cancellationToken = default);
}
