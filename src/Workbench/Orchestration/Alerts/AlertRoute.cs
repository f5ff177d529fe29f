namespace Lineage.Workbench.Orchestration.Alerts;

/// <summary>A configured route: the asset groups it covers and the channels their alerts go to.</summary>
public sealed class AlertRoute(IReadOnlyList<string> groups, IReadOnlyList<IAlertChannel> channels)
{
    public const string AllGroups = "*";

    /// <summary>Group names as configured; empty or containing <see cref="AllGroups"/> covers every group.</summary>
    public IReadOnlyList<string> Groups { get; } = groups;

    public IReadOnlyList<IAlertChannel> Channels { get; } = channels;

    public bool Matches(string group) =>
        Groups.Count == 0 || Groups.Any(g => g == AllGroups || string.Equals(g, group, StringComparison.OrdinalIgnoreCase));

    /// <summary>The route a <c>Lineage:Alerts:Routes</c> entry describes: its webhook and/or its mail server.</summary>
    public static AlertRoute From(AlertRouteOptions options, HttpClient http)
    {
        var channels = new List<IAlertChannel>();
        if (!string.IsNullOrWhiteSpace(options.Webhook))
            channels.Add(new WebhookChannel(http, options.Webhook));
        if (options.Smtp is not null)
            channels.Add(new SmtpChannel(options.Smtp));
        var groups = options.Groups.Select(g => g.Trim()).Where(g => g.Length > 0).ToList();
        return new AlertRoute(groups, channels);
    }
}
