using System.Globalization;
using System.Text;
using Lineage.Lakehouse.Iceberg.Metadata;
using Lineage.Lakehouse.IO;

namespace Lineage.Lakehouse.Iceberg.Tables;

/// <summary>
/// Finds and reads the newest metadata version. The version hint is only a starting point (it is written after the
/// commit and may lag or be missing): versions after it are probed until one is absent; without a usable hint the
/// metadata folder is listed, which also finds metadata files other catalogs name <c>&lt;N&gt;-&lt;uuid&gt;.metadata.json</c>.
/// </summary>
internal static class MetadataVersions
{
    public static async Task<TableState?> TryLoadLatestAsync(IFileIO io, TableLayout layout, CancellationToken cancellationToken)
    {
        var latest = await LatestAsync(io, layout, cancellationToken);
        while (latest is { } found)
        {
            try
            {
                var json = Encoding.UTF8.GetString(await io.ReadAllBytesAsync(found.Location, cancellationToken));
                return new TableState(TableMetadata.FromJson(json), found.Version);
            }
            catch (Exception e) when (DamagedTableException.IsFormatError(e))
            {
                throw DamagedTableException.Of(layout.Location, found.Location, e);
            }
            catch (LocationNotFoundException)
            {
                // The listed version vanished (cleanup by another tool): look again.
                latest = await ListLatestAsync(io, layout, cancellationToken);
                if (latest?.Location == found.Location)
                    return null;
            }
        }
        return null;
    }

    public static async Task<int?> LatestVersionAsync(IFileIO io, TableLayout layout, CancellationToken cancellationToken) =>
        (await LatestAsync(io, layout, cancellationToken))?.Version;

    private static async Task<(int Version, string Location)?> LatestAsync(IFileIO io, TableLayout layout, CancellationToken cancellationToken)
    {
        var hint = await ReadHintAsync(io, layout, cancellationToken);
        if (hint is not { } start || !await io.ExistsAsync(layout.MetadataFile(start), cancellationToken))
            return await ListLatestAsync(io, layout, cancellationToken);
        var version = start;
        while (await io.ExistsAsync(layout.MetadataFile(version + 1), cancellationToken))
            version++;
        return (version, layout.MetadataFile(version));
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

    /// <summary>The metadata file with the highest version in its name (on a tie, the last in ordinal order).</summary>
    private static async Task<(int Version, string Location)?> ListLatestAsync(IFileIO io, TableLayout layout, CancellationToken cancellationToken)
    {
        (int Version, string Location)? latest = null;
        await foreach (var file in io.ListAsync(layout.MetadataFolder, cancellationToken))
        {
            if (TableLayout.VersionOf(file.Location) is { } version && version >= (latest?.Version ?? 0))
                latest = (version, file.Location);
        }
        return latest;
    }
}
