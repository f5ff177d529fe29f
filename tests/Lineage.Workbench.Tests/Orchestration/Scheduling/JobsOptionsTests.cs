using Lineage.Workbench.Orchestration.Scheduling;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace Lineage.Workbench.Tests.Orchestration.Scheduling;

public class JobsOptionsTests
{
    private const string Sqlite = "Data Source=data/lineage.db";
    private const string Postgres = "Host=localhost;Database=lineage";

    [Fact]
    public void Defaults_with_a_sqlite_catalog_keep_jobs_in_memory_and_run_steps()
    {
        var options = JobsOptions.From(Configuration(Sqlite));

        Assert.Equal(JobStoreKind.Memory, options.Store);
        Assert.Equal(Environment.ProcessorCount, options.MaxParallel);
        Assert.Equal(TimeSpan.FromSeconds(5), options.ClusterCheckinInterval);
        Assert.Equal(TimeSpan.FromSeconds(1), options.IdleWaitTime);
        Assert.Equal($"{Environment.MachineName}-{Environment.ProcessId}", options.NodeName);
        Assert.True(options.RunSteps);
    }

    [Fact]
    public void Defaults_with_a_postgres_catalog_share_jobs_in_the_catalog_database()
    {
        Assert.Equal(JobStoreKind.Postgres, JobsOptions.From(Configuration(Postgres)).Store);
    }

    [Fact]
    public void Settings_are_read_from_the_Lineage_Jobs_section()
    {
        var options = JobsOptions.From(Configuration(Postgres,
            ("MaxParallel", "3"), ("Store", "memory"), ("ClusterCheckinInterval", "00:00:20"),
            ("IdleWaitTime", "00:00:02"), ("NodeName", "worker-7"), ("RunSteps", "false")));

        Assert.Equal(3, options.MaxParallel);
        Assert.Equal(JobStoreKind.Memory, options.Store);
        Assert.Equal(TimeSpan.FromSeconds(20), options.ClusterCheckinInterval);
        Assert.Equal(TimeSpan.FromSeconds(2), options.IdleWaitTime);
        Assert.Equal("worker-7", options.NodeName);
        Assert.False(options.RunSteps);
    }

    [Fact]
    public void Postgres_store_with_a_sqlite_catalog_is_refused_with_what_to_change()
    {
        var error = Assert.Throws<JobsConfigurationException>(() => JobsOptions.From(Configuration(Sqlite, ("Store", "Postgres"))));

        Assert.Contains("Lineage:Jobs:Store", error.Message);
        Assert.Contains("SQLite file data/lineage.db", error.Message);
        Assert.Contains("ConnectionStrings:Catalog", error.Message);
    }

    [Theory]
    [InlineData("MaxParallel", "0")]
    [InlineData("MaxParallel", "many")]
    [InlineData("Store", "Redis")]
    [InlineData("ClusterCheckinInterval", "-00:00:01")]
    [InlineData("IdleWaitTime", "00:00:00.100")]
    [InlineData("RunSteps", "sometimes")]
    public void An_unusable_setting_is_refused_naming_the_key_and_value(string key, string value)
    {
        var error = Assert.Throws<JobsConfigurationException>(() => JobsOptions.From(Configuration(Sqlite, (key, value))));

        Assert.Contains($"Lineage:Jobs:{key}", error.Message);
        Assert.Contains(value, error.Message);
    }

    [Fact]
    public void A_process_that_only_queues_steps_needs_the_shared_store()
    {
        var services = new ServiceCollection();

        var error = Assert.Throws<JobsConfigurationException>(() => services.AddLineageScheduler(Configuration(Sqlite, ("RunSteps", "false"))));

        Assert.Contains("RunSteps", error.Message);
        Assert.Contains("Memory", error.Message);
    }

    private static IConfiguration Configuration(string catalog, params (string Key, string Value)[] jobs) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(jobs.Select(setting => KeyValuePair.Create($"Lineage:Jobs:{setting.Key}", (string?)setting.Value))
                .Append(KeyValuePair.Create("ConnectionStrings:Catalog", (string?)catalog)))
            .Build();
}
