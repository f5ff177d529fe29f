using Lineage.Lakehouse.IO.S3;

namespace Lineage.Lakehouse.IO;

/// <summary>Picks the <see cref="IFileIO"/> for a warehouse root by its scheme.</summary>
public static class FileIOs
{
    /// <summary>
    /// <c>s3://</c> (or <c>s3a://</c>) roots get an <see cref="S3FileIO"/> with <paramref name="s3"/> (by default
    /// <see cref="S3Settings.FromEnvironment"/>) and the optional commit lock; <c>file:</c> URIs and absolute paths a <see cref="LocalFileIO"/>.
    /// </summary>
    public static IFileIO For(string root, S3Settings? s3 = null, ICommitLock? commitLock = null)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        if (S3Location.IsS3(root))
            return new S3FileIO(s3 ?? S3Settings.FromEnvironment(), commitLock);
        if (root.StartsWith("file:", StringComparison.OrdinalIgnoreCase) || Path.IsPathFullyQualified(root))
            return new LocalFileIO();
        throw new FileIOException(root, "unsupported location: use an absolute path, a file:/ URI or an s3://bucket/ URI.");
    }
}
