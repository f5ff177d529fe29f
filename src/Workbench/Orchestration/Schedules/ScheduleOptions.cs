using System.Globalization;
using Quartz;

namespace Lineage.Workbench.Orchestration.Schedules;

/// <summary>
/// The schedules from <c>Lineage:Schedules:&lt;name&gt;</c> (keys <c>Kind</c>, <c>Cron</c>, <c>Selection</c>, <c>Lookback</c>,
/// <c>StaleOnly</c>, <c>Enabled</c>) laid over <see cref="BuiltInSchedules"/>: a built-in schedule's keys override it one by one,
/// any other name is a new schedule that must give at least <c>Cron</c> and <c>Selection</c>.
/// </summary>
public sealed class ScheduleOptions
{
    public const string SectionName = "Lineage:Schedules";

    /// <summary>Partitions a new schedule handles when it names no <c>Lookback</c>: the firing's date and the day before.</summary>
    public const int DefaultLookback = 2;

    /// <summary>Ten years of daily partitions: more is a typo, not a schedule.</summary>
    public const int MaxLookback = 3660;

    private ScheduleOptions(IReadOnlyList<ScheduleDefinition> schedules) => Schedules = schedules;

    /// <summary>Every schedule, enabled or not, ordered by name.</summary>
    public IReadOnlyList<ScheduleDefinition> Schedules { get; }

    public static ScheduleOptions From(IConfiguration configuration)
    {
        var section = configuration.GetSection(SectionName);
        var builtIns = BuiltInSchedules.All.ToDictionary(s => s.Name, StringComparer.OrdinalIgnoreCase);
        var configured = section.GetChildren().ToDictionary(c => c.Key, StringComparer.OrdinalIgnoreCase);
        var schedules = builtIns.Keys.Union(configured.Keys, StringComparer.OrdinalIgnoreCase)
            .Select(name => Read(
                builtIns.GetValueOrDefault(name),
                configured.GetValueOrDefault(name),
                name))
            .OrderBy(s => s.Name, StringComparer.Ordinal)
            .ToList();
        return new ScheduleOptions(schedules);
    }

    private static ScheduleDefinition Read(ScheduleDefinition? builtIn, IConfigurationSection? section, string name)
    {
        var keyPrefix = $"{SectionName}:{name}";
        string? Text(string key) => section?[key] is { } text && !string.IsNullOrWhiteSpace(text) ? text.Trim() : null;
        string Required(string key, string? fallback, string example) => Text(key) ?? fallback
            ?? throw new ScheduleConfigurationException($"{keyPrefix}:{key} is missing: a schedule needs one, e.g. {example}.");

        var definition = new ScheduleDefinition(
            builtIn?.Name ?? name,
            Text(nameof(ScheduleDefinition.Kind)) is { } kind ? ParseKind(keyPrefix, kind) : builtIn?.Kind ?? ScheduleKind.Materialize,
            Required(nameof(ScheduleDefinition.Cron), builtIn?.Cron, "'0 0 2 * * ?' (seconds minutes hours day-of-month month day-of-week, UTC)"),
            Required(nameof(ScheduleDefinition.Selection), builtIn?.Selection, "'group:base_features'"),
            Text(nameof(ScheduleDefinition.Lookback)) is { } lookback ? ParseLookback(keyPrefix, lookback) : builtIn?.Lookback ?? DefaultLookback,
            Text(nameof(ScheduleDefinition.StaleOnly)) is { } staleOnly ? ParseBool(keyPrefix, nameof(ScheduleDefinition.StaleOnly), staleOnly) : builtIn?.StaleOnly ?? true,
            Text(nameof(ScheduleDefinition.Enabled)) is { } enabled ? ParseBool(keyPrefix, nameof(ScheduleDefinition.Enabled), enabled) : builtIn?.Enabled ?? true);
        if (!CronExpression.TryParse(definition.Cron, out _))
            throw new ScheduleConfigurationException(
                $"{keyPrefix}:Cron is '{definition.Cron}', which is not a Quartz cron expression. Write six or seven fields with seconds first, "
                + "e.g. '0 0 2 * * ?' for 02:00 UTC daily or '0 0/5 * * * ?' for every five minutes.");
        return definition;
    }

    private static ScheduleKind ParseKind(string keyPrefix, string text) =>
        Enum.TryParse<ScheduleKind>(text, ignoreCase: true, out var kind) && Enum.IsDefined(kind)
            ? kind
            : throw new ScheduleConfigurationException(
                $"{keyPrefix}:Kind is '{text}': write {string.Join(" or ", Enum.GetNames<ScheduleKind>().Select(n => n.ToLowerInvariant()))}.");

    private static int ParseLookback(string keyPrefix, string text) =>
        int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out var days) && days is >= 1 and <= MaxLookback
            ? days
            : throw new ScheduleConfigurationException(
                $"{keyPrefix}:Lookback is '{text}': write the number of daily partitions to handle, ending with the firing's date (1 to {MaxLookback}).");

    private static bool ParseBool(string keyPrefix, string key, string text) =>
        bool.TryParse(text, out var value)
            ? value
            : throw new ScheduleConfigurationException($"{keyPrefix}:{key} is '{text}': write true or false.");
}
