using System.Globalization;
using Lineage.Workbench.Storage;

namespace Lineage.Workbench.Orchestration.Scheduling;

/// <summary>
/// How this process takes part in running steps, from the configuration section <c>Lineage:Jobs</c>
/// (environment variables override, e.g. <c>Lineage__Jobs__MaxParallel</c>).
/// </summary>
public sealed class JobsOptions
{
    public const string SectionName = "Lineage:Jobs";

    /// <summary>Steps this process runs at once (the Quartz thread pool size).</summary>
    public int MaxParallel { get; init; } = Environment.ProcessorCount;

    public JobStoreKind Store { get; init; } = JobStoreKind.Memory;

    /// <summary>How often a node tells the cluster it is alive; a node silent for longer is presumed dead and its steps recovered.</summary>
    public TimeSpan ClusterCheckinInterval { get; init; } = TimeSpan.FromSeconds(5);

    /// <summary>How long an idle node waits before it looks for due work again (Quartz needs at least one second).</summary>
    public TimeSpan IdleWaitTime { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>This process's name in the cluster (the Quartz instance id); unique per process.</summary>
    public string NodeName { get; init; } = DefaultNodeName();

    /// <summary>Whether this process executes steps; false makes it queue steps only (an API-only web host).</summary>
    public bool RunSteps { get; init; } = true;

    public static string DefaultNodeName() => $"{Environment.MachineName}-{Environment.ProcessId}";

    /// <summary>
    /// Reads <c>Lineage:Jobs</c>; the store defaults to <see cref="JobStoreKind.Postgres"/> when the catalog is a
    /// PostgreSQL database and to <see cref="JobStoreKind.Memory"/> otherwise.
    /// </summary>
    public static JobsOptions From(IConfiguration configuration)
    {
        var section = configuration.GetSection(SectionName);
        var catalog = CatalogConnection.From(configuration);
        var defaults = new JobsOptions();
        var options = new JobsOptions
        {
            MaxParallel = Read(section, nameof(MaxParallel), defaults.MaxParallel, text => int.Parse(text, CultureInfo.InvariantCulture)),
            Store = Read(section, nameof(Store),
                catalog.Provider == CatalogProvider.PostgreSql ? JobStoreKind.Postgres : JobStoreKind.Memory, ParseStore),
            ClusterCheckinInterval = Read(section, nameof(ClusterCheckinInterval), defaults.ClusterCheckinInterval, ParseDuration),
            IdleWaitTime = Read(section, nameof(IdleWaitTime), defaults.IdleWaitTime, ParseDuration),
            NodeName = section[nameof(NodeName)] is { Length: > 0 } name ? name.Trim() : defaults.NodeName,
            RunSteps = Read(section, nameof(RunSteps), defaults.RunSteps, bool.Parse),
        };
        options.Validate(catalog);
        return options;
    }

    /// <summary>Throws <see cref="JobsConfigurationException"/> when the settings cannot work with this catalog.</summary>
    public void Validate(CatalogConnection catalog)
    {
        if (MaxParallel < 1)
            throw Invalid(nameof(MaxParallel), MaxParallel.ToString(CultureInfo.InvariantCulture), "it must be at least 1");
        if (ClusterCheckinInterval <= TimeSpan.Zero)
            throw Invalid(nameof(ClusterCheckinInterval), ClusterCheckinInterval.ToString(), "it must be longer than zero, e.g. 00:00:05");
        if (IdleWaitTime < TimeSpan.FromSeconds(1))
            throw Invalid(nameof(IdleWaitTime), IdleWaitTime.ToString(), "it must be at least one second, e.g. 00:00:01");
        if (string.IsNullOrWhiteSpace(NodeName))
            throw Invalid(nameof(NodeName), NodeName, "it must name this process, e.g. worker-1");
        if (Store == JobStoreKind.Postgres && catalog.Provider != CatalogProvider.PostgreSql)
            throw new JobsConfigurationException(
                $"{SectionName}:{nameof(Store)} is {JobStoreKind.Postgres}, but the catalog is a {catalog.Describe()}: the shared job store "
                + $"lives in the catalog's PostgreSQL database. Point ConnectionStrings:{CatalogConnection.ConfigurationName} at PostgreSQL "
                + $"(Host=…) or set {SectionName}:{nameof(Store)} to {JobStoreKind.Memory}.");
    }

    private static T Read<T>(IConfigurationSection section, string key, T fallback, Func<string, T> parse)
    {
        if (section[key] is not { Length: > 0 } text)
            return fallback;
        try
        {
            return parse(text.Trim());
        }
        catch (Exception e) when (e is FormatException or OverflowException or ArgumentException)
        {
            throw Invalid(key, text, $"it is not a valid {typeof(T).Name} ({e.Message})");
        }
    }

    private static JobStoreKind ParseStore(string text) =>
        Enum.TryParse<JobStoreKind>(text, ignoreCase: true, out var store) && Enum.IsDefined(store)
            ? store
            : throw new FormatException($"expected {string.Join(" or ", Enum.GetNames<JobStoreKind>())}");

    private static TimeSpan ParseDuration(string text) => TimeSpan.Parse(text, CultureInfo.InvariantCulture);

    private static JobsConfigurationException Invalid(string key, string value, string why) =>
        new($"{SectionName}:{key} is '{value}': {why}.");
}
