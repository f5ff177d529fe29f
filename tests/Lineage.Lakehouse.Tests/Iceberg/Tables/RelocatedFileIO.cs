using System.Runtime.CompilerServices;
using System.Text.Json;
using Lineage.Lakehouse.IO;

namespace Lineage.Lakehouse.Tests.Iceberg.Tables;

/// <summary>
/// Serves a table copied away from where it was written: locations under the original table location (as its
/// metadata names files) are read from the local copy instead; other locations pass through unchanged.
/// </summary>
public sealed class RelocatedFileIO(IFileIO inner, string originalLocation, string localLocation) : IFileIO
{
    private readonly string _from = originalLocation.TrimEnd('/') + "/";
    private readonly string _to = localLocation.TrimEnd('/') + "/";

    /// <summary>Maps the <c>location</c> that the table folder's metadata files record to the folder itself.</summary>
    public static RelocatedFileIO ForFolder(IFileIO inner, string folder)
    {
        var metadataFile = Directory.EnumerateFiles(Path.Combine(folder, "metadata"), "*.metadata.json").First();
        using var json = JsonDocument.Parse(File.ReadAllText(metadataFile));
        var original = json.RootElement.GetProperty("location").GetString()
            ?? throw new InvalidOperationException($"{metadataFile} has no location");
        return new RelocatedFileIO(inner, original, LocalFileIO.ToUri(folder));
    }

    public string Map(string location) =>
        location.StartsWith(_from, StringComparison.Ordinal) ? _to + location[_from.Length..] : location;

    public Task<IReadableFile> OpenReadAsync(string location, CancellationToken cancellationToken = default) => inner.OpenReadAsync(Map(location), cancellationToken);

    public Task<Stream> CreateAsync(string location, CancellationToken cancellationToken = default) => inner.CreateAsync(Map(location), cancellationToken);

    public Task<bool> TryCreateNewAsync(string location, ReadOnlyMemory<byte> content, CancellationToken cancellationToken = default) =>
        inner.TryCreateNewAsync(Map(location), content, cancellationToken);

    public Task<bool> ExistsAsync(string location, CancellationToken cancellationToken = default) => inner.ExistsAsync(Map(location), cancellationToken);

    public Task DeleteAsync(string location, CancellationToken cancellationToken = default) => inner.DeleteAsync(Map(location), cancellationToken);

    public async IAsyncEnumerable<FileEntry> ListAsync(string prefix, [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        await foreach (var entry in inner.ListAsync(Map(prefix), cancellationToken))
            yield return entry;
    }

    public Task<byte[]> ReadAllBytesAsync(string location, CancellationToken cancellationToken = default) => inner.ReadAllBytesAsync(Map(location), cancellationToken);
}
