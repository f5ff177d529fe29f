using System.Globalization;
using Lineage.Workbench.Hosting;
using Lineage.Workbench.Orchestration.Scheduling;
using Lineage.Workbench.Storage;
using Microsoft.Extensions.Hosting;

namespace Lineage.Workbench.Cli.Verbs;

/// <summary>
/// <c>lineage worker [--node NAME] [--max-parallel N]</c>: runs queued steps as one node of the cluster that shares the
/// PostgreSQL catalog and its job store, until Ctrl+C or SIGTERM (a step interrupted by the stop is queued again).
/// </summary>
public sealed class WorkerVerb : ICliVerb
{
    public IReadOnlyList<string> Words { get; } = ["worker"];

    public string Usage => "worker [--node NAME] [--max-parallel N]";

    public string Summary =>
        "run queued steps as a node of the cluster sharing the PostgreSQL catalog and job store, until Ctrl+C or SIGTERM";

    public async Task<int> RunAsync(CliArguments arguments, CliContext context, CancellationToken cancellationToken)
    {
        var settings = new Dictionary<string, string?> { [Key(nameof(JobsOptions.RunSteps))] = "true" };
        if (arguments.Get("node") is { } node)
            settings[Key(nameof(JobsOptions.NodeName))] = string.IsNullOrWhiteSpace(node)
                ? throw new CliUsageException("Option --node must name this worker, e.g. worker-1.")
                : node;
        if (arguments.Has("max-parallel"))
            settings[Key(nameof(JobsOptions.MaxParallel))] = arguments.GetInt("max-parallel", 1, 1, 1024).ToString(CultureInfo.InvariantCulture);
        arguments.EnsureAllUsed();
        if (arguments.Positionals.Count > 0)
            throw new CliUsageException($"Unexpected argument '{arguments.Positionals[0]}'.");

        var configuration = new ConfigurationBuilder().AddConfiguration(context.Configuration).AddInMemoryCollection(settings).Build();
        var jobs = JobsOptions.From(configuration);
        var catalog = CatalogConnection.From(configuration);
        if (jobs.Store != JobStoreKind.Postgres)
        {
            context.Error.WriteLine(
                $"lineage worker: the catalog is a {catalog.Describe()} with the {jobs.Store} job store. Workers share work through a PostgreSQL "
                + $"catalog and job store: point ConnectionStrings:{CatalogConnection.ConfigurationName} at PostgreSQL (Host=…) and leave "
                + $"{JobsOptions.SectionName}:{nameof(JobsOptions.Store)} at {JobStoreKind.Postgres}.");
            return 2;
        }

        // The caller's configuration (appsettings.json and the environment, or what a test passes) under the options.
        using var host = WorkerHost.Build(context.Configuration.AsEnumerable().Concat(settings));
        await host.StartAsync(cancellationToken);
        context.Out.WriteLine($"worker {jobs.NodeName} ready: max parallel {jobs.MaxParallel}, job store {jobs.Store} in the {catalog.Describe()}");
        await context.Out.FlushAsync(cancellationToken);
        await host.WaitForShutdownAsync(cancellationToken);
        context.Out.WriteLine($"worker {jobs.NodeName} stopped");
        return 0;
    }

    private static string Key(string option) => $"{JobsOptions.SectionName}:{option}";
}
