using System.Security.Cryptography;
using System.Text;
using Lineage.Lakehouse.IO;

namespace Lineage.Materializers.Raw;

/// <summary>
/// The raw VQE result files under <c>&lt;root&gt;/experiment.vqe/</c> of a folder or an S3 prefix, listed and
/// grouped by the daily partition they landed in.
/// </summary>
public sealed class RawSource(IFileIO io, string root)
{
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
            files.Add(RawFileName.TryParse(name, out var parsed)
                ? new RawFile(entry.Location, name, entry.Length, entry.ETag, entry.LastModified, parsed.LandedAt, parsed.Counter)
                : new RawFile(entry.Location, name, entry.Length, entry.ETag, entry.LastModified, entry.LastModified, -1));
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

    /// <summary>Reads and decodes one file; a bad file comes back as a failure naming the file, JSON path and problem.</summary>
    public async Task<VqeDecodeResult> ReadAsync(RawFile file, CancellationToken cancellationToken)
    {
        var bytes = await Io.ReadAllBytesAsync(file.Location, cancellationToken);
        return VqeRecordReader.Read(bytes, file.Name);
    }
}
