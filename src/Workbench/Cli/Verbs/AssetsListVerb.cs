using Lineage.Assets.Selection;
using Lineage.Workbench.Catalog;

namespace Lineage.Workbench.Cli.Verbs;

/// <summary><c>lineage assets [--select SELECTION]</c>: the asset catalog as a table or JSON.</summary>
public sealed class AssetsListVerb : ICliVerb
{
    public IReadOnlyList<string> Words { get; } = ["assets"];

    public string Usage => "assets [--select SELECTION] [--json]";

    public string Summary => "list assets (all, or a selection such as +ml_run_summary or group:base_features)";

    public Task<int> RunAsync(CliArguments arguments, CliContext context, CancellationToken cancellationToken)
    {
        var select = arguments.Get("select");
        arguments.EnsureAllUsed();
        if (arguments.Positionals.Count > 0)
            throw new CliUsageException($"Unexpected argument '{arguments.Positionals[0]}'.");

        var catalog = CatalogFactory.Create(context.Configuration, TimeProvider.System);
        var assets = catalog.List();
        if (select is not null)
        {
            var keys = AssetSelection.Parse(select).Resolve(catalog.Graph).Select(k => k.Value).ToHashSet();
            assets = assets.Where(a => keys.Contains(a.Key)).ToList();
        }

        if (context.Json)
        {
            context.WriteJson(assets);
            return Task.FromResult(0);
        }
        var table = new TextTable("ASSET", "GROUP", "KINDS", "DEPS", "COLUMNS", "CHECKS");
        foreach (var asset in assets)
            table.Add(asset.Key, asset.Group, string.Join(",", asset.Kinds), asset.Deps.Count.ToString(),
                asset.ColumnCount.ToString(), asset.CheckCount.ToString());
        table.WriteTo(context.Out);
        context.Out.WriteLine($"{assets.Count} asset{(assets.Count == 1 ? "" : "s")}");
        return Task.FromResult(0);
    }
}
