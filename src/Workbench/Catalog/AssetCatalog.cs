using Lineage.Assets.Checks;
using Lineage.Assets.ColumnLineage;
using Lineage.Assets.Graph;
using Lineage.Assets.Keys;
using Lineage.Assets.Quantum;
using Lineage.Assets.Specs;

namespace Lineage.Workbench.Catalog;

/// <summary>
/// The asset definitions this workbench serves: the quantum assets, their graph and column lineage.
/// One instance per process; pages, the REST API and CLI verbs all read from it.
/// </summary>
public sealed class AssetCatalog
{
    public AssetCatalog(DateOnly partitionsStart, CheckOverrides? checks = null)
    {
        PartitionsStart = partitionsStart;
        Graph = AssetGraph.Build((checks ?? CheckOverrides.None).Apply(QuantumAssets.CreateSpecs(partitionsStart)));
        Columns = new ColumnLineageGraph(Graph);
    }

    public DateOnly PartitionsStart { get; }

    public AssetGraph Graph { get; }

    public ColumnLineageGraph Columns { get; }

    public IReadOnlyList<AssetSummary> List() => Graph.Specs.Select(Summarize).ToList();

    public AssetDetail Describe(string nameOrKey)
    {
        var spec = Graph.Resolve(nameOrKey);
        return new AssetDetail(
            Summarize(spec),
            spec.Columns.Select(c => new ColumnDetail(
                c.Name, c.Type.ToString(), c.Nullable, c.Description, c.DerivedFrom.Select(r => r.ToString()).ToList())).ToList(),
            spec.KeyColumns,
            spec.PartitionColumns,
            spec.Checks.Select(c => new CheckDetail(c.Name, c.Description, c.Severity.ToString(), c.Blocking)).ToList());
    }

    /// <summary>The columns <paramref name="column"/> comes from and the columns it feeds, transitively.</summary>
    public ColumnLineageDetail TraceColumn(string nameOrKey, string column)
    {
        var spec = Graph.Resolve(nameOrKey);
        var reference = new ColumnRef(spec.Key, column);
        if (spec.FindColumn(column) is null)
            throw new UnknownColumnException(reference,
                $"Asset '{spec.Key}' has no column '{column}'. Its columns: {string.Join(", ", spec.Columns.Select(c => c.Name))}.");
        return new ColumnLineageDetail(
            spec.Key.Value,
            column,
            Columns.Upstream(reference).Select(ColumnPointer.From).ToList(),
            Columns.Downstream(reference).Select(ColumnPointer.From).ToList());
    }

    private AssetSummary Summarize(AssetSpec spec) => new(
        spec.Key.Value,
        spec.Key.Name,
        spec.Group,
        spec.Kinds,
        spec.IsSource,
        spec.Description,
        spec.Owners,
        spec.CodeVersion,
        spec.Partitions?.Description,
        Graph.Parents(spec.Key).Select(k => k.Value).ToList(),
        Graph.Children(spec.Key).Select(k => k.Value).ToList(),
        spec.Columns.Count,
        spec.Checks.Count);
}
