using Lineage.Lakehouse.Iceberg.Tables;
using Lineage.Workbench.Catalog;

namespace Lineage.Workbench.Cli;

/// <summary>The one TABLE argument of the iceberg verbs, loaded.</summary>
internal static class TableArgument
{
    public static Task<(IcebergTable Table, string Location)> LoadAsync(CliArguments arguments, CliContext context, CancellationToken cancellationToken)
    {
        if (arguments.Positionals.Count != 1)
            throw new CliUsageException("Name one table: an asset name, a warehouse key, a folder or a URI.");
        var locator = new TableLocator(context.Configuration, CatalogFactory.Create(context.Configuration, TimeProvider.System));
        return locator.LoadAsync(arguments.Positionals[0], cancellationToken);
    }
}
