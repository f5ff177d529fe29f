namespace Lineage.Lakehouse.IO;

/// <summary>
/// A listed file. <paramref name="ETag"/> is the object store's entity tag (null for local files);
/// <paramref name="LinkTarget"/> is set when the local file is a symbolic link: the full path it finally leads to.
/// </summary>
public sealed record FileEntry(string Location, long Length, DateTimeOffset LastModified, string? ETag, string? LinkTarget = null);
