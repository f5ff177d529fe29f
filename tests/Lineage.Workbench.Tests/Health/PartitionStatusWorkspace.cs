using Lineage.Workbench.Cli;
using Lineage.Workbench.Tests.Shared;
using Microsoft.Data.Sqlite;
using Microsoft.Extensions.Configuration;

namespace Lineage.Workbench.Tests.Health;

/// <summary>
/// The sample's raw files, a warehouse and a SQLite catalog in a temp folder, with every asset materialized for
/// 2026-11-19 once; <see cref="Copy"/> gives a test its own raw files and catalog to change.
/// </summary>
public sealed class PartitionStatusWorkspace : IAsyncLifetime
{
    public const string Day = "2026-11-19";

    private readonly List<string> _roots = [];

    public IConfiguration Configuration { get; private set; } = default!;

    public CliRun Materialized { get; private set; } = default!;

    public async Task InitializeAsync()
    {
        var root = NewRoot();
        CopyFolder(RepoPaths.SampleRaw, Path.Combine(root, "raw"));
        Configuration = ConfigurationFor(root);
        Materialized = await RunAsync(Configuration, "materialize", "--select", "*", "--partition", Day);
    }

    /// <summary>A copy of the raw files and the catalog database, sharing the (read-only) warehouse.</summary>
    public IConfiguration Copy()
    {
        SqliteConnection.ClearAllPools();
        var source = Path.GetDirectoryName(Configuration["Lineage:Raw"])!;
        var root = NewRoot();
        CopyFolder(Path.Combine(source, "raw"), Path.Combine(root, "raw"));
        foreach (var file in Directory.GetFiles(source, "catalog.db*"))
            File.Copy(file, Path.Combine(root, Path.GetFileName(file)));
        return ConfigurationFor(root, Configuration["Lineage:Warehouse"]);
    }

    public static async Task<CliRun> RunAsync(IConfiguration configuration, params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CommandLine.RunAsync(args, output, error, configuration);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    public Task DisposeAsync()
    {
        SqliteConnection.ClearAllPools();
        foreach (var root in _roots)
            Directory.Delete(root, recursive: true);
        return Task.CompletedTask;
    }

    private string NewRoot()
    {
        var root = Directory.CreateTempSubdirectory("lineage-status-").FullName;
        _roots.Add(root);
        return root;
    }

    private static IConfiguration ConfigurationFor(string root, string? warehouse = null) => new ConfigurationBuilder()
        .AddConfiguration(CliRun.SampleConfiguration)
        .AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Lineage:Raw"] = Path.Combine(root, "raw"),
            ["Lineage:Warehouse"] = warehouse ?? Path.Combine(root, "warehouse"),
            ["ConnectionStrings:Catalog"] = $"Data Source={Path.Combine(root, "catalog.db")}",
        })
        .Build();

    private static void CopyFolder(string from, string to)
    {
        foreach (var folder in Directory.GetDirectories(from, "*", SearchOption.AllDirectories))
            Directory.CreateDirectory(folder.Replace(from, to, StringComparison.Ordinal));
        Directory.CreateDirectory(to);
        foreach (var file in Directory.GetFiles(from, "*", SearchOption.AllDirectories))
            File.Copy(file, file.Replace(from, to, StringComparison.Ordinal));
    }
}
