namespace Lineage.Lakehouse.IO;

/// <summary>A listed file. <paramref name="ETag"/> is the object store's entity tag (null for local files).</summary>
public sealed record FileEntry(string Location, long Length, DateTimeOffset LastModified, string? ETag);
