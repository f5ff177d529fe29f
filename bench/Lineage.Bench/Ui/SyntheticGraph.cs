using Lineage.Assets.Graph;
using Lineage.Assets.Keys;
using Lineage.Assets.Specs;
using Lineage.Workbench.Catalog;
using Lineage.Workbench.Graph;

namespace Lineage.Bench.Ui;

/// <summary>
/// A layered asset graph for the UI benchmark: <c>count</c> assets in layers of about 40, each (but the first layer)
/// depending on one to three assets of the layers just before it, in ten groups by layer band; fixed seed.
/// </summary>
internal sealed class SyntheticGraph
{
    private const int LayerSize = 40;
    private const int Groups = 10;

    private SyntheticGraph(IReadOnlyList<AssetSpec> specs)
    {
        Specs = specs;
        Graph = AssetGraph.Build(specs);
    }

    public IReadOnlyList<AssetSpec> Specs { get; }

    public AssetGraph Graph { get; }

    public int EdgeCount => Specs.Sum(s => s.Deps.Count);

    public static SyntheticGraph Create(int count, int seed)
    {
        var random = new Random(seed);
        var layers = (count + LayerSize - 1) / LayerSize;
        var keys = Enumerable.Range(0, count).Select(i => AssetKey.Of($"group_{i / LayerSize * Groups / layers}", $"asset_{i:D4}")).ToList();
        var specs = new List<AssetSpec>(count);
        for (var i = 0; i < count; i++)
        {
            var layer = i / LayerSize;
            var deps = new HashSet<int>();
            if (layer > 0)
            {
                var wanted = random.Next(1, 4);
                while (deps.Count < wanted)
                {
                    // Mostly the previous layer, sometimes two or three back: long edges the layout must route.
                    var back = layer == 1 || random.NextDouble() < 0.8 ? 1 : random.Next(2, Math.Min(layer, 3) + 1);
                    var from = (layer - back) * LayerSize;
                    deps.Add(random.Next(from, Math.Min(from + LayerSize, count)));
                }
            }
            specs.Add(new AssetSpec
            {
                Key = keys[i],
                Group = keys[i].Path[0],
                Kinds = ["table"],
                IsSource = layer == 0,
                Deps = deps.Order().Select(d => new AssetDep(keys[d])).ToList(),
                CodeVersion = "1",
            });
        }
        return new SyntheticGraph(specs);
    }

    public GraphLayout Layout() => LayeredLayout.Compute(
        Specs.Select(s => new LayoutNode(s.Key.Value, s.Group, AssetGraphLayout.NodeWidth, AssetGraphLayout.NodeHeight)).ToList(),
        Specs.SelectMany(s => s.Deps.Select(d => new LayoutEdge(d.Asset.Value, s.Key.Value))).ToList());

    public IReadOnlyList<AssetSummary> Summaries() => Specs.Select(s => new AssetSummary(
        s.Key.Value, s.Key.Name, s.Group, s.Kinds, s.IsSource, "", [], s.CodeVersion, "daily",
        Graph.Parents(s.Key).Select(k => k.Value).ToList(), Graph.Children(s.Key).Select(k => k.Value).ToList(), 0, 0)).ToList();

    public IReadOnlyDictionary<string, IReadOnlySet<string>> Related() => Specs.ToDictionary(
        s => s.Key.Value,
        s => (IReadOnlySet<string>)Graph.Upstream(s.Key).Concat(Graph.Downstream(s.Key)).Select(k => k.Value).ToHashSet());
}
