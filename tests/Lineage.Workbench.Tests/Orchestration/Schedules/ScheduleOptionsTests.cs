using Lineage.Workbench.Orchestration.Schedules;
using Microsoft.Extensions.Configuration;

namespace Lineage.Workbench.Tests.Orchestration.Schedules;

public sealed class ScheduleOptionsTests
{
    private static ScheduleOptions Read(params (string Key, string Value)[] settings) =>
        ScheduleOptions.From(new ConfigurationBuilder()
            .AddInMemoryCollection(settings.Select(s => new KeyValuePair<string, string?>(s.Key, s.Value)))
            .Build());

    [Fact]
    public void Without_settings_the_daily_base_table_schedule_and_the_raw_observation_schedule_are_enabled()
    {
        var options = Read();

        Assert.Equal(["quantum_feature_processing", "raw_observation"], options.Schedules.Select(s => s.Name));
        var daily = options.Schedules[0];
        Assert.Equal(new ScheduleDefinition("quantum_feature_processing", ScheduleKind.Materialize, "0 0 2 * * ?", "group:base_features", 2, true, true), daily);
        var observation = options.Schedules[1];
        Assert.Equal(new ScheduleDefinition("raw_observation", ScheduleKind.Observe, "0 0/5 * * * ?", "raw_vqe_results", 3, true, true), observation);
    }

    [Fact]
    public void Settings_override_a_built_in_schedule_key_by_key_and_can_disable_it()
    {
        var options = Read(
            ("Lineage:Schedules:quantum_feature_processing:Cron", "0 30 3 * * ?"),
            ("Lineage:Schedules:quantum_feature_processing:StaleOnly", "false"),
            ("Lineage:Schedules:raw_observation:Enabled", "false"));

        var daily = options.Schedules.Single(s => s.Name == "quantum_feature_processing");
        Assert.Equal("0 30 3 * * ?", daily.Cron);
        Assert.False(daily.StaleOnly);
        Assert.Equal("group:base_features", daily.Selection);
        Assert.Equal(2, daily.Lookback);
        Assert.False(options.Schedules.Single(s => s.Name == "raw_observation").Enabled);
    }

    [Fact]
    public void A_new_schedule_takes_materialize_stale_only_and_a_two_day_lookback_by_default()
    {
        var options = Read(("Lineage:Schedules:hourly_ml:Cron", "0 0 * * * ?"), ("Lineage:Schedules:hourly_ml:Selection", "ml_run_summary"));

        Assert.Equal(
            new ScheduleDefinition("hourly_ml", ScheduleKind.Materialize, "0 0 * * * ?", "ml_run_summary", ScheduleOptions.DefaultLookback, true, true),
            options.Schedules.Single(s => s.Name == "hourly_ml"));
    }

    [Fact]
    public void A_new_schedule_without_a_cron_names_the_missing_key()
    {
        var error = Assert.Throws<ScheduleConfigurationException>(() => Read(("Lineage:Schedules:nightly:Selection", "*")));

        Assert.Contains("Lineage:Schedules:nightly:Cron is missing", error.Message);
    }

    [Fact]
    public void A_cron_that_does_not_parse_is_refused_with_its_key_and_value()
    {
        var error = Assert.Throws<ScheduleConfigurationException>(() => Read(("Lineage:Schedules:raw_observation:Cron", "every 5 minutes")));

        Assert.Contains("Lineage:Schedules:raw_observation:Cron is 'every 5 minutes'", error.Message);
        Assert.Contains("0 0/5 * * * ?", error.Message);
    }

    [Theory]
    [InlineData("Kind", "refresh", "write materialize or observe")]
    [InlineData("Lookback", "0", "1 to")]
    [InlineData("Lookback", "two", "1 to")]
    [InlineData("StaleOnly", "yes", "write true or false")]
    [InlineData("Enabled", "on", "write true or false")]
    public void A_bad_value_is_refused_with_its_key_and_value(string key, string value, string advice)
    {
        var error = Assert.Throws<ScheduleConfigurationException>(() => Read(($"Lineage:Schedules:quantum_feature_processing:{key}", value)));

        Assert.Contains($"Lineage:Schedules:quantum_feature_processing:{key} is '{value}'", error.Message);
        Assert.Contains(advice, error.Message);
    }

    [Fact]
    public void A_firing_handles_its_own_date_and_the_days_before_it_within_the_lookback()
    {
        var schedule = BuiltInSchedules.RawObservation;

        var partitions = schedule.PartitionsAt(new DateTimeOffset(2026, 11, 20, 0, 5, 0, TimeSpan.Zero), new DateOnly(2026, 1, 1));

        Assert.Equal([new DateOnly(2026, 11, 18), new DateOnly(2026, 11, 19), new DateOnly(2026, 11, 20)], partitions);
    }

    [Fact]
    public void A_firing_reads_its_date_in_UTC_and_skips_days_before_the_first_partition()
    {
        var schedule = BuiltInSchedules.RawObservation;

        var partitions = schedule.PartitionsAt(new DateTimeOffset(2026, 11, 19, 23, 30, 0, TimeSpan.FromHours(-2)), new DateOnly(2026, 11, 19));

        Assert.Equal([new DateOnly(2026, 11, 19), new DateOnly(2026, 11, 20)], partitions);
    }
}
