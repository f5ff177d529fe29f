using System.Globalization;

namespace Lineage.Workbench.Components.AssetViews;

/// <summary>How the asset views write instants and durations.</summary>
public static class EventText
{
    public static string When(DateTimeOffset at) => at.UtcDateTime.ToString("yyyy-MM-dd HH:mm:ss 'UTC'", CultureInfo.InvariantCulture);

    public static string Duration(TimeSpan? duration) => duration switch
    {
        null => "",
        { TotalSeconds: < 60 } d => d.TotalSeconds.ToString("0.0 's'", CultureInfo.InvariantCulture),
        { } d => $"{(int)d.TotalMinutes} min {d.Seconds} s",
    };
}
