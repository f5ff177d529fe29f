using Lineage.Assets.Checks;
using Lineage.Assets.Graph;
using Lineage.Assets.Keys;
using Lineage.Assets.Specs;

namespace Lineage.Assets.Tests.Support;

/// <summary>Terse builders for hand-written spec graphs.</summary>
internal static class TestSpecs
{
    public static AssetKey Key(string key) => new(key);

    /// <summary>A materializable asset with code version <c>v1</c> depending on <paramref name="deps"/>.</summary>
    public static AssetSpec Asset(string key, params string[] deps) => new()
    {
        Key = Key(key),
        Deps = [.. deps.Select(d => new AssetDep(Key(d)))],
        CodeVersion = "v1",
    };

    public static AssetSpec Source(string key) => new() { Key = Key(key), IsSource = true };

    /// <summary>A string column derived from refs written <c>asset/key.column</c> (the first dot ends the key).</summary>
    public static ColumnSpec Column(string name, params string[] derivedFrom) =>
        new(name, ColumnType.String, false, "", [.. derivedFrom.Select(Ref)]);

    public static ColumnRef Ref(string assetDotColumn)
    {
        var dot = assetDotColumn.IndexOf('.');
        return new ColumnRef(Key(assetDotColumn[..dot]), assetDotColumn[(dot + 1)..]);
    }

    public static AssetSpec WithColumns(this AssetSpec spec, params ColumnSpec[] columns) => spec with { Columns = columns };

    public static AssetSpec InGroup(this AssetSpec spec, string group) => spec with { Group = group };

    public static AssetSpec OfKinds(this AssetSpec spec, params string[] kinds) => spec with { Kinds = kinds };

    public static AssetSpec WithCheck(this AssetSpec spec, string name, bool blocking = false) =>
        spec with { Checks = [.. spec.Checks, new AssetCheckSpec(name, spec.Key, "", AssetCheckSeverity.Error, blocking)] };

    public static AssetGraph BuildGraph(params AssetSpec[] specs) => AssetGraph.Build(specs);

    public static IReadOnlyList<string> Values(IEnumerable<AssetKey> keys) => keys.Select(k => k.Value).ToList();
}
