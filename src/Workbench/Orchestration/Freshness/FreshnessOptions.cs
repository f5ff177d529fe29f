using System.Globalization;

namespace Lineage.Workbench.Orchestration.Freshness;

/// <summary>
/// How freshness is evaluated: <c>Lineage:Freshness:WindowDays</c> (how many recent daily partitions count, default 7)
/// and <c>Lineage:Freshness:CheckInterval</c> (how often the monitor evaluates, default one minute).
/// </summary>
public sealed record FreshnessOptions
{
    public const string Section = "Lineage:Freshness";
    public const string WindowDaysSetting = "WindowDays";
    public const string CheckIntervalSetting = "CheckInterval";

    public int WindowDays { get; init; } = 7;

    public TimeSpan CheckInterval { get; init; } = TimeSpan.FromMinutes(1);

    public static FreshnessOptions From(IConfiguration configuration)
    {
        var section = configuration.GetSection(Section);
        var options = new FreshnessOptions();
        if (section[WindowDaysSetting] is { } days)
            options = options with
            {
                WindowDays = int.TryParse(days, NumberStyles.Integer, CultureInfo.InvariantCulture, out var parsed) && parsed >= 1
                    ? parsed
                    : throw new FreshnessConfigurationException(
                        $"{Section}:{WindowDaysSetting} must be a whole number of days, at least 1, not '{days}'."),
            };
        if (section[CheckIntervalSetting] is { } interval)
            options = options with { CheckInterval = ParsePositiveSpan(CheckIntervalSetting, interval) };
        return options;
    }

    /// <summary>Reads a <c>hh:mm:ss</c> (or <c>d.hh:mm:ss</c>) setting of the section; it must be longer than zero.</summary>
    internal static TimeSpan ParsePositiveSpan(string setting, string value) =>
        TimeSpan.TryParse(value, CultureInfo.InvariantCulture, out var span) && span > TimeSpan.Zero
            ? span
            : throw new FreshnessConfigurationException(
                $"{Section}:{setting} must be a time span longer than zero such as 01:30:00 (hh:mm:ss), not '{value}'.");
}
