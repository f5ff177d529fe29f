using Lineage.Assets.Graph;
using Lineage.Assets.Keys;
using Lineage.Assets.Quantum;
using Lineage.Lakehouse.IO;
using Lineage.Testing;
using Lineage.Materializers.Materialization;
using Lineage.Materializers.Raw;
using Lineage.Materializers.Tests.Raw;
using Lineage.Materializers.Recording;
using Lineage.Materializers.Tests.Support;
using Lineage.Materializers.Warehouse;

namespace Lineage.Materializers.Tests.Materialization;

/// <summary>A temp raw folder (a copy of the sample files, or chosen ones) and warehouse, with a materializer over them.</summary>
public sealed class SampleWarehouse : IDisposable
{
    private readonly string _root = Directory.CreateTempSubdirectory("lineage-materialize-").FullName;

    public SampleWarehouse(IEnumerable<string>? rawFiles = null, IFileIO? warehouseIo = null)
    {
        Directory.CreateDirectory(TopicFolder);
        foreach (var file in rawFiles ?? SampleFiles.All())
        {
            var copy = Path.Combine(TopicFolder, Path.GetFileName(file));
            File.Copy(file, copy);
            // The raw data version hashes modification times; a fixed one keeps it the same in every checkout.
            File.SetLastWriteTimeUtc(copy, SampleFilesModified);
        }
        Graph = AssetGraph.Build(QuantumAssets.CreateSpecs(new DateOnly(2026, 11, 18)));
        Warehouse = new QuantumWarehouse(warehouseIo ?? new LocalFileIO(), LocalFileIO.ToUri(Path.Combine(_root, "warehouse")));
        Raw = new RawSource(new LocalFileIO(), LocalFileIO.ToUri(Path.Combine(_root, "raw")));
    }

    private static readonly DateTime SampleFilesModified = new(2026, 11, 21, 0, 0, 0, DateTimeKind.Utc);

    public static readonly DateOnly[] SampleDays = [new(2026, 11, 18), new(2026, 11, 19), new(2026, 11, 20)];

    public string TopicFolder => Path.Combine(_root, "raw", RawLayout.TopicFolder);

    public AssetGraph Graph { get; }

    public QuantumWarehouse Warehouse { get; }

    public RawSource Raw { get; }

    public InMemoryMaterializationLog Log { get; } = new();

    public QuantumMaterializer Materializer(MaterializerOptions? options = null) =>
        new(Graph, Raw, Warehouse, Log, options ?? new MaterializerOptions(), TimeProvider.System);

    public Task<IReadOnlyList<StepResult>> MaterializeAsync(string selection, params DateOnly[] days) =>
        Materializer().MaterializeAsync(Assets.Selection.AssetSelection.Parse(selection).Resolve(Graph).ToHashSet(), days, null, CancellationToken.None);

    /// <summary>Every row of the table's partition (current snapshot) as name → value dictionaries.</summary>
    public async Task<List<Dictionary<string, object?>>> RowsAsync(AssetKey table, DateOnly day)
    {
        var rows = new List<Dictionary<string, object?>>();
        await foreach (var batch in new IcebergPartitionReader(Warehouse).ReadAsync(table, day, null, CancellationToken.None))
            rows.AddRange(ArrowCells.Rows(batch));
        return rows;
    }

    public void Dispose()
    {
        try
        {
            Directory.Delete(_root, recursive: true);
        }
        catch (IOException)
        {
            // A leftover temp folder is harmless.
        }
    }
}
