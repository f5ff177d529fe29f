using System.Net.Mail;

namespace Lineage.Workbench.Orchestration.Alerts;

/// <summary>The <c>Lineage:Alerts</c> configuration section.</summary>
public sealed class AlertOptions
{
    public const string Section = "Lineage:Alerts";

    /// <summary>Where Kestrel listens when <c>Urls</c> is not configured.</summary>
    private const string KestrelDefaultUrl = "http://localhost:5000";

    /// <summary>Base URL of the workbench as people reach it; links in alerts start with it. Defaults to the first <c>Urls</c> entry.</summary>
    public string? PublicUrl { get; set; }

    public List<AlertRouteOptions> Routes { get; set; } = [];

    /// <summary>Binds the section, fills <see cref="PublicUrl"/> from <c>Urls</c> when unset, and checks every route.</summary>
    public static AlertOptions From(IConfiguration configuration)
    {
        var options = configuration.GetSection(Section).Get<AlertOptions>() ?? new AlertOptions();
        options.PublicUrl = string.IsNullOrWhiteSpace(options.PublicUrl)
            ? FromListenUrls(configuration["Urls"])
            : RequireAbsolute(options.PublicUrl.Trim(), $"{Section}:PublicUrl").TrimEnd('/');
        for (var i = 0; i < options.Routes.Count; i++)
            Validate(options.Routes[i], $"{Section}:Routes:{i}");
        return options;
    }

    /// <summary>The first of the <c>;</c>-separated listen URLs, with a wildcard host (<c>*</c>, <c>+</c>, <c>0.0.0.0</c>, <c>[::]</c>) read as <c>localhost</c>.</summary>
    private static string FromListenUrls(string? urls)
    {
        var first = urls?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).FirstOrDefault();
        if (first is null)
            return KestrelDefaultUrl;
        var schemeEnd = first.IndexOf("://", StringComparison.Ordinal);
        if (schemeEnd > 0)
        {
            var hostStart = schemeEnd + 3;
            foreach (var wildcard in new[] { "*", "+", "0.0.0.0", "[::]" })
                if (string.CompareOrdinal(first, hostStart, wildcard, 0, wildcard.Length) == 0
                    && (first.Length == hostStart + wildcard.Length || first[hostStart + wildcard.Length] is ':' or '/'))
                    first = string.Concat(first.AsSpan(0, hostStart), "localhost", first.AsSpan(hostStart + wildcard.Length));
        }
        return RequireAbsolute(first, $"Urls (first entry; set {Section}:PublicUrl to override)").TrimEnd('/');
    }

    private static string RequireAbsolute(string url, string key) =>
        Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"
            ? url
            : throw new AlertConfigurationException($"{key} must be an absolute http(s) URL, not '{url}'.");

    private static void Validate(AlertRouteOptions route, string key)
    {
        if (string.IsNullOrWhiteSpace(route.Webhook) && route.Smtp is null)
            throw new AlertConfigurationException($"{key} has neither Webhook nor Smtp: give it at least one, or remove the route.");
        if (!string.IsNullOrWhiteSpace(route.Webhook))
            route.Webhook = RequireAbsolute(route.Webhook.Trim(), $"{key}:Webhook");
        if (route.Smtp is { } smtp)
        {
            if (string.IsNullOrWhiteSpace(smtp.Host))
                throw new AlertConfigurationException($"{key}:Smtp:Host is missing: set the mail server's host name.");
            if (smtp.Port is < 1 or > 65535)
                throw new AlertConfigurationException($"{key}:Smtp:Port must be between 1 and 65535, not {smtp.Port}.");
            if (!MailAddress.TryCreate(smtp.From, out _))
                throw new AlertConfigurationException($"{key}:Smtp:From must be the sender's mail address, not '{smtp.From}'.");
            if (smtp.To.Count == 0)
                throw new AlertConfigurationException($"{key}:Smtp:To must list at least one recipient address.");
            foreach (var recipient in smtp.To)
                if (!MailAddress.TryCreate(recipient, out _))
                    throw new AlertConfigurationException($"{key}:Smtp:To has '{recipient}', which is not a mail address.");
        }
    }
}
