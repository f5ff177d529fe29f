using System.Net;

namespace Lineage.Workbench.Orchestration.Alerts;

/// <summary>A webhook answered an alert with a status outside 2xx. The message shows the URL without its secret part.</summary>
public sealed class WebhookDeliveryException(string url, HttpStatusCode status)
    : Exception($"Alert webhook {WebhookChannel.Redact(url)} answered {(int)status} {status}; check the route's Webhook in Lineage:Alerts:Routes and that the receiver is up.")
{
    public string Url { get; } = url;

    public HttpStatusCode Status { get; } = status;
}
