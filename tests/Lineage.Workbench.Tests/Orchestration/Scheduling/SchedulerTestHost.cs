using Lineage.Workbench.Orchestration.Scheduling;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Quartz;

namespace Lineage.Workbench.Tests.Orchestration.Scheduling;

/// <summary>A started generic host with nothing but the Lineage scheduler registered, as a worker process would have it.</summary>
public sealed class SchedulerTestHost : IAsyncDisposable
{
    private readonly IHost _host;

    private SchedulerTestHost(IHost host) => _host = host;

    public static async Task<SchedulerTestHost> StartAsync(string catalog, params (string Key, string Value)[] jobs)
    {
        var builder = Host.CreateEmptyApplicationBuilder(new HostApplicationBuilderSettings());
        builder.Configuration.AddInMemoryCollection(jobs
            .Select(setting => KeyValuePair.Create($"Lineage:Jobs:{setting.Key}", (string?)setting.Value))
            .Append(KeyValuePair.Create("ConnectionStrings:Catalog", (string?)catalog)));
        builder.Services.AddLogging();
        builder.Services.AddLineageScheduler(builder.Configuration);
        var host = builder.Build();
        await host.StartAsync();
        return new SchedulerTestHost(host);
    }

    public Task<IScheduler> GetSchedulerAsync() => _host.Services.GetRequiredService<SchedulerProvider>().GetSchedulerAsync();

    /// <summary>Schedules a <see cref="SignalJob"/> to fire now and returns the name it will report under.</summary>
    public async Task<string> ScheduleSignalAsync()
    {
        var signal = JobSignals.NewName();
        var job = JobBuilder.Create<SignalJob>().WithIdentity(signal, "tests").UsingJobData(JobSignals.Key, signal).Build();
        var trigger = TriggerBuilder.Create().WithIdentity(signal, "tests").StartNow().Build();
        await (await GetSchedulerAsync()).ScheduleJob(job, trigger);
        return signal;
    }

    public async ValueTask DisposeAsync()
    {
        await _host.StopAsync();
        _host.Dispose();
    }
}
