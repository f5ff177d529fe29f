
namespace Lineage.Workbench.Cli.Verbs;

/// <summary><c>lineage iceberg orphans TABLE [--delete]</c>: files of failed writes that no snapshot references.</summary>
public sealed class IcebergOrphansVerb : ICliVerb, IHasSwitches
{
    public IReadOnlyList<string> Words { get; } = ["iceberg", "orphans"];

    public IReadOnlySet<string> Switches { get; } = new HashSet<string> { "delete" };

    public string Usage => "iceberg orphans TABLE [--delete] [--json]";

    public string Summary => "list files under a table that no metadata references (left by failed writes); --delete removes them";

    public async Task<int> RunAsync(CliArguments arguments, CliContext context, CancellationToken cancellationToken)
    {
        var delete = arguments.Has("delete");
        arguments.EnsureAllUsed();
        var (table, location) = await TableArgument.LoadAsync(arguments, context, cancellationToken);
        var orphans = await table.FindOrphanFilesAsync(cancellationToken);
        var deleted = delete ? await table.DeleteOrphanFilesAsync(cancellationToken) : 0;
        if (context.Json)
        {
            context.WriteJson(new { Orphans = orphans.Select(o => new { o.Location, o.Length }), Deleted = deleted });
            return 0;
        }
        foreach (var orphan in orphans)
            context.Out.WriteLine($"{orphan.Length,12}  {orphan.Location}");
        context.Out.WriteLine(delete
            ? $"{deleted} orphan file{(deleted == 1 ? "" : "s")} deleted"
            : $"{orphans.Count} orphan file{(orphans.Count == 1 ? "" : "s")}{(orphans.Count > 0 ? "; run with --delete to remove them" : "")}");
        return 0;
    }
}
