using System.Text;
using Lineage.Lakehouse.Iceberg.Metadata;
using Lineage.Lakehouse.IO;

namespace Lineage.Lakehouse.Iceberg.Tables;

/// <summary>
/// Commits with optimistic concurrency: an attempt builds the next metadata on the newest version it knows and
/// publishes <c>v&lt;N+1&gt;.metadata.json</c> only if nobody did first (atomic create-if-absent). A lost race
/// deletes the attempt's files, waits, reloads the newest version and builds again on it. Nothing before the
/// metadata write changes what readers see; an exception from the metadata write itself leaves the attempt's files
/// in place, because the write may have happened.
/// </summary>
internal static class TableCommitter
{
    private const int MetadataLogLimit = 100;

    public delegate Task<PendingCommit> Attempt(TableState @base, int attempt, CancellationToken cancellationToken);

    public static async Task<(TableState State, CommitResult Result)> CommitAsync(
        IFileIO io, TableLayout layout, TableState start, Attempt attempt, CancellationToken cancellationToken)
    {
        var policy = CommitRetryPolicy.From(start.Metadata.Properties);
        var state = start;
        for (var number = 1; ; number++)
        {
            if (number > 1)
                state = await MetadataVersions.TryLoadLatestAsync(io, layout, cancellationToken) ?? throw new TableNotFoundException(layout.Location);
            var pending = await attempt(state, number, cancellationToken);
            var metadata = WithMetadataLog(pending.Metadata, state, layout);
            var version = state.Version + 1;
            if (await io.TryCreateNewAsync(layout.MetadataFile(version), Encoding.UTF8.GetBytes(metadata.ToJson()), cancellationToken))
            {
                await MetadataVersions.WriteHintAsync(io, layout, version, cancellationToken);
                return (new TableState(metadata, version), pending.Result with { MetadataVersion = version, Attempts = number });
            }
            await DeleteQuietlyAsync(io, pending.WrittenFiles, cancellationToken);
            if (number >= policy.Attempts)
                throw new CommitFailedException(layout.Location, number);
            await Task.Delay(policy.DelayAfter(number), cancellationToken);
        }
    }

    private static TableMetadata WithMetadataLog(TableMetadata next, TableState @base, TableLayout layout)
    {
        var log = @base.Metadata.MetadataLog
            .Append(new MetadataLogEntry(@base.Metadata.LastUpdatedMs, layout.MetadataFile(@base.Version)))
            .TakeLast(MetadataLogLimit)
            .ToList();
        return next with { MetadataLog = log };
    }

    private static async Task DeleteQuietlyAsync(IFileIO io, IReadOnlyList<string> files, CancellationToken cancellationToken)
    {
        foreach (var file in files)
        {
            try
            {
                await io.DeleteAsync(file, cancellationToken);
            }
            catch (FileIOException)
            {
                // Left behind, it is an orphan that orphan cleanup removes.
            }
        }
    }
}
