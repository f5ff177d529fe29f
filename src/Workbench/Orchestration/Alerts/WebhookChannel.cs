using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Json.Serialization;

namespace Lineage.Workbench.Orchestration.Alerts;

/// <summary>
/// POSTs each alert as a camelCase JSON object; a <c>text</c> field carries the one-line summary so chat hooks
/// that only read <c>text</c> (Slack, Mattermost, Teams workflows) still show something.
/// </summary>
public sealed class WebhookChannel(HttpClient http, string url) : IAlertChannel
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web)
    {
        Converters = { new JsonStringEnumConverter(JsonNamingPolicy.SnakeCaseLower) },
    };

    public string Url { get; } = url;

    public string Destination => $"webhook {Redact(Url)}";

    /// <summary>
    /// The URL as safe to log: chat hooks carry their secret in the path or query
    /// (<c>https://hooks.slack.com/services/T…/B…/secret</c>), so only the origin and first path segment are kept.
    /// </summary>
    public static string Redact(string url)
    {
        if (!Uri.TryCreate(url, UriKind.Absolute, out var uri))
            return "(invalid URL)";
        var segments = uri.AbsolutePath.Split('/', StringSplitOptions.RemoveEmptyEntries);
        var shown = segments.Length == 0 ? "" : "/" + segments[0];
        var hidden = segments.Length > 1 || uri.Query.Length > 0 ? "/…" : "";
        return $"{uri.Scheme}://{uri.Authority}{shown}{hidden}";
    }

    public static JsonObject Payload(Alert alert)
    {
        var payload = JsonSerializer.SerializeToNode(alert, Json)!.AsObject();
        payload["text"] = AlertText.Summary(alert);
        return payload;
    }

    public async Task SendAsync(Alert alert, CancellationToken cancellationToken)
    {
        using var response = await http.PostAsJsonAsync(Url, Payload(alert), Json, cancellationToken);
        if (!response.IsSuccessStatusCode)
            throw new WebhookDeliveryException(Url, response.StatusCode);
    }
}
