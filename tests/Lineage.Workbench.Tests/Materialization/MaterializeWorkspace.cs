using System.Text.Json;
using System.Text.Json.Nodes;
using Lineage.Assets.Keys;
using Lineage.Materializers.Generation;
using Lineage.Materializers.Raw;
using Lineage.Workbench.Catalog;
using Lineage.Workbench.Cli;
using Lineage.Workbench.Materialization;
using Lineage.Workbench.Storage;
using Lineage.Workbench.Tests.Shared;
using Microsoft.Extensions.Configuration;

namespace Lineage.Workbench.Tests.Materialization;

/// <summary>
/// A raw folder of generated files for one day, a warehouse and a SQLite catalog of their own; the CLI runs in this
/// process or, as <c>lineage</c>, in a child process with the same settings.
/// </summary>
internal sealed class MaterializeWorkspace : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("lineage-materialize-").FullName;

    private MaterializeWorkspace(DateOnly day)
    {
        Day = day;
        Configuration = new ConfigurationBuilder()
            .AddJsonFile(Path.Combine(RepoPaths.Root, "appsettings.json"))
            .AddInMemoryCollection(Settings.ToDictionary(s => s.Key.Replace("__", ":", StringComparison.Ordinal), s => (string?)s.Value))
            .Build();
    }

    public DateOnly Day { get; }

    public string Partition => Day.ToString("yyyy-MM-dd");

    public IConfiguration Configuration { get; }

    public CatalogMaterializationLog Log => new(CatalogDbContextFactory.From(Configuration));

    private string Raw => Path.Combine(_root, "raw");

    private Dictionary<string, string> Settings => new()
    {
        ["Lineage__Raw"] = Raw,
        ["Lineage__Warehouse"] = Path.Combine(_root, "warehouse"),
        ["ConnectionStrings__Catalog"] = $"Data Source={Path.Combine(_root, "catalog.db")}",
    };

    /// <summary>A workspace with <paramref name="files"/> generated raw files landed on <paramref name="day"/>, nothing materialized.</summary>
    public static async Task<MaterializeWorkspace> WithRawAsync(DateOnly day, int files, int seed)
    {
        var workspace = new MaterializeWorkspace(day);
        await new SyntheticVqeGenerator(new GeneratorOptions { Count = files, Days = 1, Start = day, Seed = seed }).WriteAsync(workspace.Raw);
        return workspace;
    }

    public void AddRaw(string files)
    {
        foreach (var file in Directory.GetFiles(files))
            File.Copy(file, Path.Combine(Raw, "experiment.vqe", Path.GetFileName(file)));
    }

    public async Task<CliRun> CliAsync(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CommandLine.RunAsync(args, output, error, Configuration);
        return new CliRun(code, output.ToString(), error.ToString());
    }

    /// <summary>Materializes every asset of the day in this process, and fails the test if that fails.</summary>
    public async Task MaterializeAllAsync()
    {
        var run = await CliAsync("materialize", "--select", "*", "--partition", Partition);
        Assert.True(run.ExitCode == 0, run.Out + run.Error);
    }

    /// <summary>Lands <paramref name="files"/> more generated raw files on <paramref name="day"/>.</summary>
    public async Task AddGeneratedAsync(DateOnly day, int files, int seed)
    {
        var generated = Directory.CreateTempSubdirectory("lineage-generated-").FullName;
        try
        {
            await new SyntheticVqeGenerator(new GeneratorOptions { Count = files, Days = 1, Start = day, Seed = seed }).WriteAsync(generated);
            AddRaw(Path.Combine(generated, "experiment.vqe"));
        }
        finally
        {
            Directory.Delete(generated, recursive: true);
        }
    }

    /// <summary>Removes every raw file that landed on <paramref name="day"/>.</summary>
    public void RemoveRaw(DateOnly day)
    {
        foreach (var file in Directory.GetFiles(Path.Combine(Raw, "experiment.vqe")))
            if (RawFileName.TryParse(Path.GetFileName(file), out var name) && DateOnly.FromDateTime(name.LandedAt.UtcDateTime) == day)
                File.Delete(file);
    }

    /// <summary><c>lineage status --json</c> of the day (which recovers abandoned batches first): each asset's letter.</summary>
    public Task<IReadOnlyDictionary<string, string>> StatusLettersAsync() => StatusLettersAsync(Partition);

    /// <summary><c>lineage status --json</c> of one partition: each asset's letter.</summary>
    public async Task<IReadOnlyDictionary<string, string>> StatusLettersAsync(string partition)
    {
        var status = await CliAsync("status", "--from", partition, "--to", partition, "--json");
        Assert.True(status.ExitCode == 0, status.Error);
        return JsonNode.Parse(status.Out)!["assets"]!.AsArray().ToDictionary(a => a!["key"]!.GetValue<string>(), a => a!["statuses"]!.GetValue<string>());
    }

    public Task<LineageProcess> RunChildAsync(IReadOnlyDictionary<string, string> environment, string[] args, Action<string>? onLine = null) =>
        LineageProcess.RunAsync(_root, new Dictionary<string, string>(Settings).Concat(environment).ToDictionary(), TimeSpan.FromMinutes(2), args, onLine);

    public async Task<string> CurrentBatchAsync(AssetKey table)
    {
        var loaded = await MaterializerFactory.Warehouse(Configuration, CatalogFactory.Create(Configuration, TimeProvider.System)).TryLoadAsync(table, CancellationToken.None);
        return loaded?.Metadata.CurrentSnapshot?.Summary.GetValueOrDefault("lineage.batch-id") ?? "(none)";
    }

    /// <summary>Each table's rows of the partition as sorted JSON lines, without the columns that name the batch.</summary>
    public async Task<IReadOnlyDictionary<AssetKey, IReadOnlyList<string>>> RowsAsync(IEnumerable<AssetKey> tables)
    {
        var rows = new Dictionary<AssetKey, IReadOnlyList<string>>();
        foreach (var table in tables)
        {
            var file = Path.Combine(_root, $"{table.Name}.jsonl");
            var export = await CliAsync("export", table.Value, "--partition", Partition, "--format", "jsonl", "--out", file);
            Assert.True(export.ExitCode == 0, export.Out + export.Error);
            rows[table] = File.ReadAllLines(file).Select(WithoutBatch).Order(StringComparer.Ordinal).ToList();
        }
        return rows;
    }

    public void Dispose()
    {
        Microsoft.Data.Sqlite.SqliteConnection.ClearAllPools();
        Directory.Delete(_root, recursive: true);
    }

    private static string WithoutBatch(string line)
    {
        var row = JsonNode.Parse(line)!.AsObject();
        row.Remove("processing_batch_id");
        row.Remove("processing_timestamp");
        return row.ToJsonString(JsonSerializerOptions.Default);
    }
}
