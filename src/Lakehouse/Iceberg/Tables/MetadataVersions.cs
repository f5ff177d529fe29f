using System.Globalization;
using System.Text;
using Lineage.Lakehouse.Iceberg.Metadata;
using Lineage.Lakehouse.IO;

namespace Lineage.Lakehouse.Iceberg.Tables;

/// <summary>
/// Finds and reads the newest metadata version. The version hint is only a starting point (it is written after the
/// commit and may lag or be missing): versions after it are probed until one is absent; without a usable hint the
/// metadata folder is listed.
/// </summary>
internal static class MetadataVersions
{
    public static async Task<TableState?> TryLoadLatestAsync(IFileIO io, TableLayout layout, CancellationToken cancellationToken)
    {
        var version = await LatestVersionAsync(io, layout, cancellationToken);
        while (version is { } v)
        {
            try
            {
                var json = Encoding.UTF8.GetString(await io.ReadAllBytesAsync(layout.MetadataFile(v), cancellationToken));
                return new TableState(TableMetadata.FromJson(json), v);
            }
            catch (LocationNotFoundException)
            {
                // The listed version vanished (cleanup by another tool): look again.
                version = await ListLatestAsync(io, layout, cancellationToken);
                if (version == v)
                    return null;
            }
        }
        return null;
    }

    public static async Task<int?> LatestVersionAsync(IFileIO io, TableLayout layout, CancellationToken cancellationToken)
    {
        var hint = await ReadHintAsync(io, layout, cancellationToken);
        if (hint is not { } start || !await io.ExistsAsync(layout.MetadataFile(start), cancellationToken))
            return await ListLatestAsync(io, layout, cancellationToken);
        var version = start;
        while (await io.ExistsAsync(layout.MetadataFile(version + 1), cancellationToken))
            version++;
        return version;
    }

    public static async Task WriteHintAsync(IFileIO io, TableLayout layout, int version, CancellationToken cancellationToken)
    {
        try
        {
            await using var stream = await io.CreateAsync(layout.VersionHint, cancellationToken);
            await stream.WriteAsync(Encoding.UTF8.GetBytes(version.ToString(CultureInfo.InvariantCulture)), cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Best effort: the commit is already published, and readers probe past a lagging hint.
        }
    }

    private static async Task<int?> ReadHintAsync(IFileIO io, TableLayout layout, CancellationToken cancellationToken)
    {
        try
        {
            var text = Encoding.UTF8.GetString(await io.ReadAllBytesAsync(layout.VersionHint, cancellationToken)).Trim();
            return int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var version) && version > 0 ? version : null;
        }
        catch (Exception e) when (e is not OperationCanceledException)
        {
            // Missing, or unreadable while a writer replaces it (some stores fail such reads oddly): the hint is only
            // a shortcut, the listing decides.
            return null;
        }
    }

    private static async Task<int?> ListLatestAsync(IFileIO io, TableLayout layout, CancellationToken cancellationToken)
    {
        int? latest = null;
        await foreach (var file in io.ListAsync(layout.MetadataFolder + "v", cancellationToken))
        {
            if (TableLayout.VersionOf(file.Location) is { } version && version > (latest ?? 0))
                latest = version;
        }
        return latest;
    }
}
