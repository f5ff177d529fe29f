using Lineage.Workbench.Tests.Storage;

namespace Lineage.Workbench.Tests.Orchestration.Scheduling;

public class SchedulerRegistrationTests
{
    [Fact]
    public async Task Postgres_store_scheduler_executes_a_job_scheduled_through_it()
    {
        await using var database = await TestCatalogDatabase.CreateAsync("postgres");
        await using var node = await SchedulerTestHost.StartAsync(database.Connection.ConnectionString, ("NodeName", "node-a"));

        var signal = await node.ScheduleSignalAsync();

        Assert.Equal(new JobExecution("node-a", Recovering: false), await JobSignals.NextAsync(signal));
    }

    [Fact]
    public async Task Scheduler_is_the_lineage_cluster_node_with_MaxParallel_threads()
    {
        await using var database = await TestCatalogDatabase.CreateAsync("postgres");
        await using var node = await SchedulerTestHost.StartAsync(database.Connection.ConnectionString, ("NodeName", "node-c"), ("MaxParallel", "3"));

        var scheduler = await node.GetSchedulerAsync();
        var metadata = await scheduler.GetMetadata();

        Assert.Equal("lineage", scheduler.SchedulerName);
        Assert.Equal("node-c", scheduler.SchedulerInstanceId);
        Assert.Equal(3, metadata.ThreadPoolSize);
        Assert.True(metadata.JobStoreClustered);
    }

    [Fact]
    public async Task Memory_store_scheduler_executes_a_job_scheduled_through_it()
    {
        await using var database = await TestCatalogDatabase.CreateAsync("sqlite");
        await using var node = await SchedulerTestHost.StartAsync(database.Connection.ConnectionString, ("NodeName", "solo"));

        var signal = await node.ScheduleSignalAsync();

        Assert.Equal(new JobExecution("solo", Recovering: false), await JobSignals.NextAsync(signal));
    }

    [Fact]
    public async Task A_process_that_only_queues_steps_leaves_them_to_a_node_that_runs_steps()
    {
        await using var database = await TestCatalogDatabase.CreateAsync("postgres");
        await using var worker = await SchedulerTestHost.StartAsync(database.Connection.ConnectionString, ("NodeName", "worker"));
        await using var web = await SchedulerTestHost.StartAsync(database.Connection.ConnectionString, ("NodeName", "web"), ("RunSteps", "false"));

        var signal = await web.ScheduleSignalAsync();

        Assert.Equal(new JobExecution("worker", Recovering: false), await JobSignals.NextAsync(signal));
        Assert.NotEqual(Quartz.SchedulerStatus.Running, (await web.GetSchedulerAsync()).Status);
    }
}
