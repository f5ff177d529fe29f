using Lineage.Workbench.Orchestration.Scheduling;
using Lineage.Workbench.Tests.Storage;
using Quartz;

namespace Lineage.Workbench.Tests.Orchestration.Scheduling;

public class SchedulerRecoveryTests
{
    [Fact]
    public async Task A_job_requesting_recovery_is_run_again_by_another_node_when_its_node_stops_mid_run()
    {
        await using var database = await TestCatalogDatabase.CreateAsync("postgres");
        await QuartzSchema.EnsureAsync(database.Connection.ConnectionString, CancellationToken.None);
        try
        {
            await using var first = QuartzSchedulerBuilder.Create(quartz => quartz.UseLineageSettings(Node("node-a"), database.Connection)).Build();
            var nodeA = await first.GetScheduler();
            await nodeA.Start();
            var signal = JobSignals.NewName();
            await nodeA.ScheduleJob(
                JobBuilder.Create<StalledJob>().WithIdentity(signal, "tests").UsingJobData(JobSignals.Key, signal).RequestRecovery().Build(),
                TriggerBuilder.Create().WithIdentity(signal, "tests").StartNow().Build());
            Assert.Equal(new JobExecution("node-a", Recovering: false), await JobSignals.NextAsync(signal));

            await nodeA.Shutdown(waitForJobsToComplete: false);
            await using var second = QuartzSchedulerBuilder.Create(quartz => quartz.UseLineageSettings(Node("node-b"), database.Connection)).Build();
            var nodeB = await second.GetScheduler();
            await nodeB.Start();

            Assert.Equal(new JobExecution("node-b", Recovering: true), await JobSignals.NextAsync(signal));
            await nodeB.Shutdown(waitForJobsToComplete: true);
        }
        finally
        {
            await StalledJob.Release.CancelAsync();
        }
    }

    private static JobsOptions Node(string name) => new()
    {
        Store = JobStoreKind.Postgres,
        NodeName = name,
        MaxParallel = 2,
        ClusterCheckinInterval = TimeSpan.FromSeconds(1),
    };
}
