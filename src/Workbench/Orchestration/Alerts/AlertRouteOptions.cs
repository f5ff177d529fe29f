namespace Lineage.Workbench.Orchestration.Alerts;

/// <summary>One entry of <c>Lineage:Alerts:Routes</c>: which asset groups it covers and where their alerts go.</summary>
public sealed class AlertRouteOptions
{
    /// <summary>Asset group names; empty or <c>*</c> covers every group.</summary>
    public List<string> Groups { get; set; } = [];

    /// <summary>A URL that receives each alert as a JSON POST.</summary>
    public string? Webhook { get; set; }

    public SmtpAlertOptions? Smtp { get; set; }
}
