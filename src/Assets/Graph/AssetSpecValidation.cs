using Lineage.Assets.Keys;
using Lineage.Assets.Specs;

namespace Lineage.Assets.Graph;

/// <summary>The checks <see cref="AssetGraph.Build"/> runs on specs before ordering them.</summary>
internal static class AssetSpecValidation
{
    public static Dictionary<AssetKey, AssetSpec> IndexByKey(IReadOnlyList<AssetSpec> specs)
    {
        var byKey = new Dictionary<AssetKey, AssetSpec>();
        foreach (var spec in specs)
        {
            if (spec is null)
                throw new ArgumentException("The asset specs contain a null entry.", nameof(specs));
            if (!byKey.TryAdd(spec.Key, spec))
                throw new AssetGraphException($"Asset '{spec.Key}' is defined twice. Each asset key must be unique.");
        }
        return byKey;
    }

    public static void CheckDeps(IReadOnlyList<AssetSpec> specs, IReadOnlyDictionary<AssetKey, AssetSpec> byKey)
    {
        foreach (var spec in specs)
        foreach (var dep in spec.Deps.Where(d => !byKey.ContainsKey(d.Asset)))
        {
            var matches = CloseMatches.Find(dep.Asset.Value, byKey.Keys.Select(k => k.Value));
            var hint = matches.Count > 0 ? $" Did you mean: {string.Join(", ", matches)}?" : "";
            throw new AssetGraphException(
                $"Asset '{spec.Key}' depends on '{dep.Asset}', which is not defined. Define it or remove the dependency.{hint}");
        }
    }

    public static void CheckColumns(IReadOnlyList<AssetSpec> specs, IReadOnlyDictionary<AssetKey, AssetSpec> byKey)
    {
        foreach (var spec in specs)
        {
            var duplicate = spec.Columns.GroupBy(c => c.Name).FirstOrDefault(g => g.Count() > 1);
            if (duplicate is not null)
                throw new AssetGraphException($"Asset '{spec.Key}' declares column '{duplicate.Key}' more than once.");

            var deps = spec.Deps.Select(d => d.Asset).ToHashSet();
            foreach (var column in spec.Columns)
            foreach (var source in column.DerivedFrom)
                CheckReference(spec, column, source, deps, byKey);
        }
    }

    private static void CheckReference(
        AssetSpec spec, ColumnSpec column, ColumnRef source, HashSet<AssetKey> deps,
        IReadOnlyDictionary<AssetKey, AssetSpec> byKey)
    {
        var target = $"{spec.Key}.{column.Name}";
        var reference = $"{source.Asset}.{source.Column}";
        if (!deps.Contains(source.Asset))
            throw new AssetGraphException(
                $"Column '{target}' is derived from '{reference}', but '{source.Asset}' is not a dependency of " +
                $"'{spec.Key}'. Add it to the deps or fix the reference.");

        var upstream = byKey[source.Asset];
        if (upstream.FindColumn(source.Column) is not null)
            return;
        var matches = CloseMatches.Find(source.Column, upstream.Columns.Select(c => c.Name));
        var hint = matches.Count > 0 ? $" Did you mean: {string.Join(", ", matches)}?" : "";
        throw new AssetGraphException(
            $"Column '{target}' is derived from '{reference}', but '{source.Asset}' declares no column " +
            $"'{source.Column}'.{hint}");
    }
}
