using System.Security.Cryptography;
using System.Text;
using Lineage.Lakehouse.IO;

namespace Lineage.Materializers.Raw;

/// <summary>
/// The raw VQE result files under <c>&lt;root&gt;/experiment.vqe/</c> of a folder or an S3 prefix, listed and
/// grouped by the daily partition they landed in.
/// </summary>
public sealed class RawSource(IFileIO io, string root, long maxFileBytes = RawSource.DefaultMaxFileBytes)
{
    /// <summary>The default of <c>Lineage:Raw:MaxFileBytes</c>: 256 MiB.</summary>
    public const long DefaultMaxFileBytes = 256L * 1024 * 1024;

    /// <summary>A file larger than this is rejected unread.</summary>
    public long MaxFileBytes { get; } = maxFileBytes > 0 ? maxFileBytes : throw new ArgumentOutOfRangeException(nameof(maxFileBytes), maxFileBytes, "Lineage:Raw:MaxFileBytes must be positive");

    public IFileIO Io { get; } = io ?? throw new ArgumentNullException(nameof(io));

    public string Root { get; } = root.TrimEnd('/');

    public string TopicPrefix => $"{Root}/{RawLayout.TopicFolder}/";

    /// <summary>Every <c>.json</c> file of the topic, whatever its partition.</summary>
    public async Task<IReadOnlyList<RawFile>> ListAsync(CancellationToken cancellationToken)
    {
        var files = new List<RawFile>();
        await foreach (var entry in Io.ListAsync(TopicPrefix, cancellationToken))
        {
            var name = entry.Location[(entry.Location.LastIndexOf('/') + 1)..];
            if (!name.EndsWith(RawFileName.Extension, StringComparison.Ordinal))
                continue;
            var file = RawFileName.TryParse(name, out var parsed)
                ? new RawFile(entry.Location, name, entry.Length, entry.ETag, entry.LastModified, parsed.LandedAt, parsed.Counter)
                : new RawFile(entry.Location, name, entry.Length, entry.ETag, entry.LastModified, entry.LastModified, -1);
            files.Add(file with { LinkTarget = entry.LinkTarget });
        }
        return files;
    }

    /// <summary>The partition of the earliest landing among the raw files; null while there are none.</summary>
    public async Task<DateOnly?> FirstPartitionAsync(CancellationToken cancellationToken)
    {
        var files = await ListAsync(cancellationToken);
        return files.Count == 0 ? null : files.Min(f => f.Partition);
    }

    /// <summary>The files of one partition, newest landing first.</summary>
    public async Task<IReadOnlyList<RawFile>> ListPartitionAsync(DateOnly partition, CancellationToken cancellationToken)
    {
        var files = (await ListAsync(cancellationToken)).Where(f => f.Partition == partition).ToList();
        files.Sort(RawFile.NewestFirst);
        return files;
    }

    /// <summary>
    /// The data version of a partition's listing: SHA-256 over each file's name, size and change tag (the ETag, else
    /// the last-modified time) in name order. Adding, removing or rewriting a file changes it; re-listing does not.
    /// </summary>
    public static string DataVersion(IEnumerable<RawFile> files)
    {
        var text = new StringBuilder();
        foreach (var file in files.OrderBy(f => f.Name, StringComparer.Ordinal))
            text.Append(file.Name).Append('\t').Append(file.Length).Append('\t')
                .Append(file.ETag ?? file.LastModified.UtcTicks.ToString(System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())))[..16];
    }

    /// <summary>
    /// Reads and decodes one file; a bad file comes back as a failure naming the file, JSON path and problem. A file
    /// above <see cref="MaxFileBytes"/>, or a link that leads outside the raw root, is refused unread.
    /// </summary>
    public async Task<VqeDecodeResult> ReadAsync(RawFile file, CancellationToken cancellationToken)
    {
        if (file.Length > MaxFileBytes)
            return VqeDecodeResult.Failure(new RawRecordError(file.Name, "$",
                $"the file has {file.Length:N0} bytes, more than the {MaxFileBytes:N0} that Lineage:Raw:MaxFileBytes allows"));
        if (file.LinkTarget is { } target && !LeadsInside(target))
            return VqeDecodeResult.Failure(new RawRecordError(file.Name, "$",
                $"the file is a link to {target}, outside the raw root {LocalFileIO.ToPath(Root)}; raw files must live under it"));
        var bytes = await Io.ReadAllBytesAsync(file.Location, cancellationToken);
        if (bytes.LongLength > MaxFileBytes)
            return VqeDecodeResult.Failure(new RawRecordError(file.Name, "$",
                $"the file grew to {bytes.LongLength:N0} bytes while listed, more than the {MaxFileBytes:N0} that Lineage:Raw:MaxFileBytes allows"));
        return VqeRecordReader.Read(bytes, file.Name);
    }

    /// <summary>Whether a link's target is under the raw root (itself perhaps reached through a link).</summary>
    private bool LeadsInside(string target)
    {
        var root = new DirectoryInfo(LocalFileIO.ToPath(Root));
        var real = root.ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? root.FullName;
        var full = Path.GetFullPath(target);
        return new[] { root.FullName, real }.Any(r => full.StartsWith(r.TrimEnd('/') + "/", StringComparison.Ordinal));
    }
}
