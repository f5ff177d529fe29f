using System.Runtime.CompilerServices;

namespace Lineage.Lakehouse.IO;

/// <summary>
/// <see cref="IFileIO"/> on the local file system. Locations are <c>file:/abs/path</c> URIs or absolute paths.
/// Writes go to a hidden temporary file in the target's folder (named <c>.NAME.RANDOM.inprogress</c>, left out of
/// listings) that is renamed over the target when published, so readers never see a partial file.
/// </summary>
public sealed class LocalFileIO : IFileIO
{
    private const string Scheme = "file:";
    private const string TemporarySuffix = ".inprogress";

    /// <summary>
    /// Normalises an absolute path or a file URI (<c>file:/p</c>, <c>file:///p</c>, <c>file://localhost/p</c>) to <c>file:/p</c>.
    /// The path part is taken literally (no percent-decoding), as Hadoop-style tools write it.
    /// </summary>
    public static string ToUri(string pathOrUri) => Scheme + ToPath(pathOrUri);

    /// <summary>The absolute local path of a file URI or path.</summary>
    public static string ToPath(string pathOrUri)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(pathOrUri);
        var path = pathOrUri;
        if (path.StartsWith(Scheme, StringComparison.OrdinalIgnoreCase))
        {
            path = path[Scheme.Length..];
            if (path.StartsWith("//", StringComparison.Ordinal))
            {
                var hostEnd = path.IndexOf('/', 2);
                var host = hostEnd < 0 ? path[2..] : path[2..hostEnd];
                if (host.Length > 0 && !host.Equals("localhost", StringComparison.OrdinalIgnoreCase))
                    throw new FileIOException(pathOrUri, $"the file URI names the host '{host}'; only local files (file:/path) can be used.");
                path = hostEnd < 0 ? "/" : path[hostEnd..];
            }
        }
        if (!Path.IsPathFullyQualified(path))
            throw new FileIOException(pathOrUri, "a local location must be an absolute path or a file:/ URI.");
        var full = Path.GetFullPath(path);
        // GetFullPath drops a trailing separator, which a listing prefix needs to keep.
        return path.EndsWith('/') && !full.EndsWith('/') ? full + '/' : full;
    }

    internal static string TemporaryPathFor(string path) =>
        Path.Combine(Path.GetDirectoryName(path)!, $".{Path.GetFileName(path)}.{Guid.NewGuid():N}{TemporarySuffix}");

    public Task<IReadableFile> OpenReadAsync(string location, CancellationToken cancellationToken = default)
    {
        var path = ToPath(location);
        try
        {
            return Task.FromResult<IReadableFile>(LocalReadableFile.Open(path, Scheme + path));
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new LocationNotFoundException(location, e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new FileIOException(location, $"cannot open the file: {e.Message}", e);
        }
    }

    public Task<Stream> CreateAsync(string location, CancellationToken cancellationToken = default)
    {
        var path = ToPath(location);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            return Task.FromResult<Stream>(new LocalWriteStream(ToUri(path), path, cancellationToken));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new FileIOException(location, $"cannot create the file: {e.Message}", e);
        }
    }

    /// <summary>
    /// Writes and flushes the whole content to a temporary file, then moves it to the target only if the target is free
    /// (<see cref="ExclusiveMove"/>: a hard link, which fails atomically when the name is taken). A reader sees either
    /// nothing or the complete file; creating the target itself with CreateNew would expose a partial file, and leave
    /// one behind after a crash.
    /// </summary>
    public async Task<bool> TryCreateNewAsync(string location, ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default)
    {
        var path = ToPath(location);
        var temporary = TemporaryPathFor(path);
        try
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 4096, FileOptions.Asynchronous))
            {
                await file.WriteAsync(content, cancellationToken);
                await file.FlushAsync(cancellationToken);
                file.Flush(flushToDisk: true);
            }
            return ExclusiveMove.TryMove(temporary, path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new FileIOException(location, $"cannot create the file: {e.Message}", e);
        }
        finally
        {
            File.Delete(temporary);
        }
    }

    public Task<bool> ExistsAsync(string location, CancellationToken cancellationToken = default) =>
        Task.FromResult(File.Exists(ToPath(location)));

    public Task DeleteAsync(string location, CancellationToken cancellationToken = default)
    {
        try
        {
            File.Delete(ToPath(location));
            return Task.CompletedTask;
        }
        catch (DirectoryNotFoundException)
        {
            return Task.CompletedTask;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new FileIOException(location, $"cannot delete the file: {e.Message}", e);
        }
    }

    public async IAsyncEnumerable<FileEntry> ListAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var prefixPath = ToPath(prefix);
        var folder = prefixPath[..(prefixPath.LastIndexOf('/') + 1)];
        List<FileInfo> files;
        try
        {
            files = Directory.Exists(folder) ? FilesUnder(new DirectoryInfo(folder), prefixPath[folder.Length..]) : [];
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new FileIOException(prefix, $"cannot list the files: {e.Message}", e);
        }
        foreach (var file in files.OrderBy(file => file.FullName, StringComparer.Ordinal))
        {
            cancellationToken.ThrowIfCancellationRequested();
            yield return new FileEntry(Scheme + file.FullName, file.Length, file.LastWriteTimeUtc, null, FinalTarget(file));
        }
        await Task.CompletedTask;
    }

    // Only the folder's entries named with the prefix's last segment are visited, each matching subfolder in full.
    // A symbolic link to a folder is never followed (it could lead out of the prefix, or in a circle); a link to a
    // file is listed with its target, so callers decide whether to trust it.
    private static List<FileInfo> FilesUnder(DirectoryInfo folder, string namePrefix)
    {
        var files = new List<FileInfo>();
        foreach (var entry in folder.EnumerateFileSystemInfos("*", OneLevel))
            if (entry.Name.StartsWith(namePrefix, StringComparison.Ordinal))
                Collect(entry, files);
        files.RemoveAll(file => IsTemporary(file.Name));
        return files;
    }

    private static readonly EnumerationOptions OneLevel = new() { AttributesToSkip = 0 };

    private static void Collect(FileSystemInfo entry, List<FileInfo> files)
    {
        if (entry is FileInfo file)
            files.Add(file);
        else if (entry is DirectoryInfo directory && directory.LinkTarget is null)
            foreach (var child in directory.EnumerateFileSystemInfos("*", OneLevel))
                Collect(child, files);
    }

    private static string? FinalTarget(FileInfo file)
    {
        if (file.LinkTarget is null)
            return null;
        try
        {
            return file.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? file.LinkTarget;
        }
        catch (IOException)
        {
            return file.LinkTarget;
        }
    }

    public async Task<byte[]> ReadAllBytesAsync(string location, CancellationToken cancellationToken = default)
    {
        try
        {
            return await File.ReadAllBytesAsync(ToPath(location), cancellationToken);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new LocationNotFoundException(location, e);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new FileIOException(location, $"cannot read the file: {e.Message}", e);
        }
    }

    private static bool IsTemporary(string name) => name.StartsWith('.') && name.EndsWith(TemporarySuffix, StringComparison.Ordinal);
}
