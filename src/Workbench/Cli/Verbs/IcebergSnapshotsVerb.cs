using System.Globalization;

namespace Lineage.Workbench.Cli.Verbs;

/// <summary><c>lineage iceberg snapshots TABLE</c>: a table's snapshot history with operations, counts and refs.</summary>
public sealed class IcebergSnapshotsVerb : ICliVerb
{
    public IReadOnlyList<string> Words { get; } = ["iceberg", "snapshots"];

    public string Usage => "iceberg snapshots TABLE [--json]";

    public string Summary => "list a table's snapshots (TABLE: asset name, warehouse key, folder or URI) with operation, counts, tags and branches";

    public async Task<int> RunAsync(CliArguments arguments, CliContext context, CancellationToken cancellationToken)
    {
        arguments.EnsureAllUsed();
        var (table, location) = await TableArgument.LoadAsync(arguments, context, cancellationToken);
        var metadata = table.Metadata;
        var snapshots = metadata.Snapshots.OrderBy(s => s.SequenceNumber).Select(s => new
        {
            s.SnapshotId,
            s.ParentSnapshotId,
            s.SequenceNumber,
            Timestamp = DateTimeOffset.FromUnixTimeMilliseconds(s.TimestampMs),
            s.Operation,
            Current = s.SnapshotId == metadata.CurrentSnapshotId,
            Refs = metadata.Refs.Where(r => r.Value.SnapshotId == s.SnapshotId).Select(r => $"{r.Key} ({r.Value.Type})").ToList(),
            s.Summary,
        }).ToList();
        if (context.Json)
        {
            context.WriteJson(new { Location = location, table.MetadataVersion, Snapshots = snapshots });
            return 0;
        }
        context.Out.WriteLine($"{location}  (metadata v{table.MetadataVersion}, {snapshots.Count} snapshot{(snapshots.Count == 1 ? "" : "s")})");
        var rows = new TextTable("SNAPSHOT", "SEQ", "COMMITTED (UTC)", "OPERATION", "ADDED FILES", "DELETED FILES", "TOTAL RECORDS", "REFS");
        foreach (var snapshot in snapshots)
        {
            rows.Add(
                (snapshot.Current ? "* " : "  ") + snapshot.SnapshotId.ToString(CultureInfo.InvariantCulture),
                snapshot.SequenceNumber.ToString(CultureInfo.InvariantCulture),
                snapshot.Timestamp.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture),
                snapshot.Operation ?? "-",
                snapshot.Summary.GetValueOrDefault("added-data-files", "0"),
                snapshot.Summary.GetValueOrDefault("deleted-data-files", "0"),
                snapshot.Summary.GetValueOrDefault("total-records", "-"),
                snapshot.Refs.Count == 0 ? "-" : string.Join(", ", snapshot.Refs));
        }
        rows.WriteTo(context.Out);
        return 0;
    }
}
