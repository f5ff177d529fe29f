using Lineage.Workbench.Catalog;

namespace Lineage.Workbench.Cli.Verbs;

/// <summary><c>lineage assets lineage ASSET COLUMN</c>: where a column comes from and what it feeds.</summary>
public sealed class ColumnLineageVerb : ICliVerb
{
    public IReadOnlyList<string> Words { get; } = ["assets", "lineage"];

    public string Usage => "assets lineage ASSET COLUMN [--json]";

    public string Summary => "trace a column upstream to the raw JSON paths and downstream to the columns it feeds";

    public Task<int> RunAsync(CliArguments arguments, CliContext context, CancellationToken cancellationToken)
    {
        arguments.EnsureAllUsed();
        if (arguments.Positionals.Count != 2)
            throw new CliUsageException("Name an asset and one of its columns, e.g. 'vqe_iterations iteration_energy'.");

        var trace = CatalogFactory.Create(context.Configuration, TimeProvider.System)
            .TraceColumn(arguments.Positionals[0], arguments.Positionals[1]);
        if (context.Json)
        {
            context.WriteJson(trace);
            return Task.FromResult(0);
        }
        context.Out.WriteLine($"{trace.Asset}.{trace.Column}");
        WriteSection(context.Out, "comes from", trace.Upstream);
        WriteSection(context.Out, "feeds", trace.Downstream);
        return Task.FromResult(0);
    }

    private static void WriteSection(TextWriter output, string title, IReadOnlyList<ColumnPointer> columns)
    {
        output.WriteLine($"{title}:{(columns.Count == 0 ? " nothing" : "")}");
        foreach (var column in columns)
            output.WriteLine($"  {column}");
    }
}
