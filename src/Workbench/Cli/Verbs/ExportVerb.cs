using Lineage.Workbench.Catalog;
using Lineage.Workbench.Catalog.Rows;

namespace Lineage.Workbench.Cli.Verbs;

/// <summary>
/// <c>lineage export ASSET [--partition D] [--tag T] [--columns a,b] --format F --out FILE</c>: an asset's rows as a
/// file. The rows go to a temporary file beside FILE that replaces it only once complete, so a failure leaves no
/// half-written file.
/// </summary>
public sealed class ExportVerb : ICliVerb
{
    public IReadOnlyList<string> Words { get; } = ["export"];

    public string Usage => $"export ASSET [--partition YYYY-MM-DD] [--tag TAG] [--columns a,b] --format {RowsFormats.Names.Replace(", ", "|")} --out FILE";

    public string Summary => "write an asset's rows (a partition, a tagged snapshot, some columns) as Arrow, Parquet, CSV or JSON lines";

    public async Task<int> RunAsync(CliArguments arguments, CliContext context, CancellationToken cancellationToken)
    {
        var partition = arguments.GetDate("partition");
        var tag = arguments.Get("tag");
        var columns = TableScanRequest.ParseColumns(arguments.Get("columns"));
        var format = RowsFormats.Parse(arguments.Require("format"));
        var output = Path.GetFullPath(arguments.Require("out"));
        arguments.EnsureAllUsed();
        if (arguments.Positionals.Count != 1)
            throw new CliUsageException("Name one asset, e.g. vqe_iterations.");

        var catalog = CatalogFactory.Create(context.Configuration, TimeProvider.System);
        var export = await new TableRowsExport(new TableScanResolver(context.Configuration, catalog)).OpenAsync(
            new TableScanRequest(arguments.Positionals[0], partition?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture), tag, columns),
            format, cancellationToken);
        var temporary = $"{output}.{Guid.NewGuid():N}.partial";
        try
        {
            long rows;
            await using (var file = new FileStream(temporary, FileMode.CreateNew, FileAccess.Write, FileShare.None, 1 << 16, useAsync: true))
                rows = await export.WriteToAsync(file, cancellationToken);
            File.Move(temporary, output, overwrite: true);
            context.Out.WriteLine($"{rows:N0} row{(rows == 1 ? "" : "s")} of {export.Scan.Spec.Key} written to {output} ({RowsDownloadLink.Name(format)})");
            return 0;
        }
        finally
        {
            File.Delete(temporary);
        }
    }
}
