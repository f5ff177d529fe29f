namespace Lineage.Lakehouse.IO.S3;

/// <summary>A create-if-absent was asked of a store without conditional puts while no commit lock was configured.</summary>
public sealed class ConditionalPutsUnavailableException(string location)
    : FileIOException(location,
        "the store does not honour conditional puts (If-None-Match: *) and no commit lock is configured, so the file cannot be " +
        "created atomically. Give the S3 file IO a commit lock, or use a store with conditional puts and set ConditionalPuts to on.");
