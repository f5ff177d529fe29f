namespace Lineage.Lakehouse.IO;

/// <summary>A commit lock stayed held by another writer for longer than the caller would wait.</summary>
public sealed class CommitLockTimeoutException(string key, TimeSpan timeout)
    : TimeoutException($"The commit lock '{key}' was not released within {timeout.TotalSeconds:0.#} s: another writer holds it. Retry later, or look for a stuck writer.")
{
    public string Key { get; } = key;
}
