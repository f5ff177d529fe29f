using Lineage.Workbench.Cli;
using Lineage.Workbench.Tests.Shared;
using Microsoft.Extensions.Configuration;

namespace Lineage.Workbench.Tests.Cli;

public class WorkerVerbTests
{
    [Fact]
    public async Task A_worker_on_a_SQLite_catalog_exits_2_saying_workers_share_work_through_PostgreSQL()
    {
        var run = await CliRun.OnSampleAsync("worker", "--node", "worker-1");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("Workers share work through a PostgreSQL catalog and job store", run.Error);
        Assert.Contains("ConnectionStrings:Catalog", run.Error);
        Assert.Equal("", run.Out);
    }

    [Fact]
    public async Task A_worker_with_a_memory_job_store_on_PostgreSQL_exits_2()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["ConnectionStrings:Catalog"] = "Host=127.0.0.1;Database=lineage",
            ["Lineage:Jobs:Store"] = "Memory",
        }).Build();
        var error = new StringWriter();

        var code = await CommandLine.RunAsync(["worker"], new StringWriter(), error, configuration);

        Assert.Equal(2, code);
        Assert.Contains("Memory job store", error.ToString());
    }

    [Fact]
    public async Task Max_parallel_below_one_is_a_usage_error()
    {
        var run = await CliRun.OnSampleAsync("worker", "--max-parallel", "0");

        Assert.Equal(2, run.ExitCode);
        Assert.Contains("--max-parallel must be a whole number from 1", run.Error);
    }
}
