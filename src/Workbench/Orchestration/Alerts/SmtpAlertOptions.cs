namespace Lineage.Workbench.Orchestration.Alerts;

/// <summary>
/// A mail server an alert route sends through. <see cref="Password"/> is read from configuration like every other key,
/// so an environment variable can supply it (<c>Lineage__Alerts__Routes__0__Smtp__Password</c>); it is never logged.
/// </summary>
public sealed class SmtpAlertOptions
{
    public string Host { get; set; } = "";

    public int Port { get; set; } = 25;

    public bool UseSsl { get; set; }

    public string From { get; set; } = "";

    public List<string> To { get; set; } = [];

    public string? User { get; set; }

    public string? Password { get; set; }
}
