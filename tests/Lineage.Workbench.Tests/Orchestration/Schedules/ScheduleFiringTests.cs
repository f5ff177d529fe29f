using System.Net.Http.Json;
using System.Text.Json;
using Lineage.Workbench.Orchestration.Runs;
using Lineage.Workbench.Orchestration.Schedules;
using Lineage.Workbench.Tests.Storage;
using Microsoft.EntityFrameworkCore;

namespace Lineage.Workbench.Tests.Orchestration.Schedules;

public sealed class ScheduleFiringTests
{
    private static readonly DateOnly FirstSampleDay = new(2026, 11, 18);

    private static Dictionary<string, string?> Settings(params (string Key, string Value)[] settings)
    {
        var all = new Dictionary<string, string?>
        {
            ["Lineage:Schedules:quantum_feature_processing:Enabled"] = "false",
            ["Lineage:Schedules:raw_observation:Enabled"] = "false",
            ["Lineage:Automation:Enabled"] = "false",
        };
        foreach (var (key, value) in settings)
            all[key] = value;
        return all;
    }

    [Theory]
    [MemberData(nameof(TestCatalogDatabase.Engines), MemberType = typeof(TestCatalogDatabase))]
    public async Task A_materialize_schedule_launches_a_schedule_run_of_its_selection_and_is_listed_with_its_fire_times(string engine)
    {
        var executor = new ScriptedStepExecutor((work, _) => Task.FromResult(ScriptedStepExecutor.Succeeded(work)));
        await using var host = await EngineHost.StartAsync(engine, executor, Settings(
            ("Lineage:Schedules:every_second:Cron", "* * * * * ?"),
            ("Lineage:Schedules:every_second:Selection", "ml_run_summary"),
            ("Lineage:Schedules:every_second:StaleOnly", "false"),
            ("Lineage:Schedules:every_second:Lookback", "1")));

        var run = await WaitForAsync(async () =>
            (await host.Service<RunQueries>().ListAsync(new RunFilter(Trigger: "schedule"), CancellationToken.None)).LastOrDefault());
        var detail = await host.WaitForRunAsync(run.Id);

        Assert.Equal("schedule every_second", run.LaunchedBy);
        Assert.Equal("ml_run_summary", run.Selection);
        Assert.Equal("succeeded", detail.Run.Status);
        Assert.Equal("quantum_features/ml_run_summary", Assert.Single(detail.Steps).Asset);
        Assert.Single(run.Partitions);

        using var client = host.CreateClient();
        var schedules = await client.GetFromJsonAsync<List<ScheduleView>>("/api/schedules", new JsonSerializerOptions(JsonSerializerDefaults.Web));
        var listed = Assert.Single(schedules!, s => s.Name == "every_second");
        Assert.Equal("materialize", listed.Kind);
        Assert.Equal("* * * * * ?", listed.Cron);
        Assert.True(listed.Enabled);
        Assert.NotNull(listed.NextFireTime);
        Assert.NotNull(listed.PreviousFireTime);
        var disabled = Assert.Single(schedules!, s => s.Name == "raw_observation");
        Assert.False(disabled.Enabled);
        Assert.Null(disabled.NextFireTime);
    }

    [Theory]
    [MemberData(nameof(TestCatalogDatabase.Engines), MemberType = typeof(TestCatalogDatabase))]
    public async Task The_observation_schedule_records_an_observation_per_sample_partition_without_a_run(string engine)
    {
        // Reaches back to the first sample day from whenever the test runs; days before the first partition are skipped.
        var lookback = DateOnly.FromDateTime(DateTime.UtcNow).DayNumber - FirstSampleDay.DayNumber + 2;
        await using var host = await EngineHost.StartAsync(engine, settings: Settings(
            ("Lineage:Schedules:raw_observation:Enabled", "true"),
            ("Lineage:Schedules:raw_observation:Cron", "* * * * * ?"),
            ("Lineage:Schedules:raw_observation:Lookback", lookback.ToString())));

        var observations = await WaitForAsync(async () =>
        {
            await using var db = await host.OpenDatabaseAsync();
            var rows = await db.SourceObservations.AsNoTracking().Where(o => o.AssetKey == "raw_vqe_results").ToListAsync();
            return new[] { "2026-11-18", "2026-11-19", "2026-11-20" }.All(day => rows.Any(o => o.Partition == day)) ? rows : null;
        });

        Assert.DoesNotContain(observations, o => string.CompareOrdinal(o.Partition, "2026-11-18") < 0);
        var sampleFiles = Directory.EnumerateFiles(Shared.RepoPaths.SampleRaw, "*.json", SearchOption.AllDirectories).Count();
        var firstListing = observations.GroupBy(o => o.Partition).Select(g => g.OrderBy(o => o.Id).First());
        Assert.Equal(sampleFiles, firstListing.Where(o => string.CompareOrdinal(o.Partition, "2026-11-20") <= 0).Sum(o => o.FileCount));
        await using var database = await host.OpenDatabaseAsync();
        Assert.Empty(await database.Runs.ToListAsync());
    }

    [Fact]
    public async Task A_schedule_with_an_unknown_selection_stops_the_host_at_start_up_naming_the_setting()
    {
        var error = await Assert.ThrowsAnyAsync<Exception>(() => EngineHost.StartAsync("sqlite", settings: Settings(
            ("Lineage:Schedules:nightly:Cron", "0 0 1 * * ?"),
            ("Lineage:Schedules:nightly:Selection", "group:nightly_tables"))));

        var configuration = Assert.IsType<ScheduleConfigurationException>(Unwrap(error));
        Assert.Contains("Lineage:Schedules:nightly:Selection is 'group:nightly_tables'", configuration.Message);
    }

    private static Exception Unwrap(Exception error) =>
        error is AggregateException { InnerExceptions.Count: 1 } aggregate ? Unwrap(aggregate.InnerExceptions[0]) : error;

    private static async Task<T> WaitForAsync<T>(Func<Task<T?>> probe) where T : class
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (true)
        {
            if (await probe() is { } found)
                return found;
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException("the schedule did not fire in 90 s");
            await Task.Delay(100);
        }
    }
}
