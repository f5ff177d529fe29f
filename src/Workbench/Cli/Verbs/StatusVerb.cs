using Lineage.Workbench.Catalog;
using Lineage.Workbench.Health;
using Lineage.Workbench.Materialization;
using Lineage.Workbench.Storage;

namespace Lineage.Workbench.Cli.Verbs;

/// <summary>
/// <c>lineage status [--select SELECTION] [--from D1 --to D2]</c>: one letter per asset and day (fresh, stale,
/// missing, blocked) from the catalog database, then the reasons of every day that is not fresh.
/// </summary>
public sealed class StatusVerb : ICliVerb
{
    public IReadOnlyList<string> Words { get; } = ["status"];

    public string Usage => "status [--select SELECTION] [--from YYYY-MM-DD] [--to YYYY-MM-DD] [--json]";

    public string Summary => $"print each asset's health per daily partition ({PartitionHealthLegend.Text}) with reasons; two weeks up to today by default";

    public async Task<int> RunAsync(CliArguments arguments, CliContext context, CancellationToken cancellationToken)
    {
        var select = arguments.Get("select");
        var from = arguments.GetDate("from");
        var to = arguments.GetDate("to");
        arguments.EnsureAllUsed();
        if (arguments.Positionals.Count > 0)
            throw new CliUsageException($"Unexpected argument '{arguments.Positionals[0]}'.");

        var catalog = CatalogFactory.Create(context.Configuration, TimeProvider.System);
        PartitionDateRange range;
        try
        {
            range = PartitionDateRange.Of(from, to, catalog.PartitionsStart, DateOnly.FromDateTime(DateTime.UtcNow));
        }
        catch (PartitionRangeException e)
        {
            throw new CliUsageException(e.Message);
        }
        var database = await CliCatalog.OpenAsync(context.Configuration, cancellationToken);
        var service = new PartitionStatusService(catalog, database, MaterializerFactory.Recovery(context.Configuration, catalog, database, TimeProvider.System));
        var matrix = await service.GetMatrixAsync(select, range, cancellationToken);
        if (context.Json)
            context.WriteJson(matrix);
        else
            Write(context.Out, matrix);
        return 0;
    }

    private static void Write(TextWriter output, PartitionStatusMatrix matrix)
    {
        output.WriteLine($"{matrix.Dates[0]} .. {matrix.Dates[^1]} ({matrix.Dates.Count} day{(matrix.Dates.Count == 1 ? "" : "s")}); {PartitionHealthLegend.Text}");
        var width = matrix.Assets.Select(a => a.Key.Length).DefaultIfEmpty(0).Max();
        foreach (var asset in matrix.Assets)
            output.WriteLine($"{asset.Key.PadRight(width)}  {asset.Statuses}");
        foreach (var asset in matrix.Assets)
            foreach (var (date, reason) in asset.Reasons)
                output.WriteLine($"  {asset.Key} {date}: {reason}");
    }
}
