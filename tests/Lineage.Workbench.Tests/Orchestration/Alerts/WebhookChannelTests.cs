using System.Net;
using System.Text.Json;
using Lineage.Workbench.Orchestration.Alerts;

namespace Lineage.Workbench.Tests.Orchestration.Alerts;

public class WebhookChannelTests
{
    [Fact]
    public async Task Webhook_receives_the_alert_as_camel_case_json_with_a_text_summary()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        using var http = new HttpClient();

        await new WebhookChannel(http, receiver.Url).SendAsync(AlertSamples.StepFailed(), CancellationToken.None);

        var request = Assert.Single(receiver.Requests);
        Assert.Equal("/hooks/lineage", request.Path);
        Assert.StartsWith("application/json", request.ContentType);
        using var json = JsonDocument.Parse(request.Body);
        var fields = json.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.Clone());
        Assert.Equal(["kind", "asset", "group", "partition", "message", "runId", "link", "at", "text"], fields.Keys);
        Assert.Equal("step_failed", fields["kind"].GetString());
        Assert.Equal("quantum_features/vqe_results", fields["asset"].GetString());
        Assert.Equal("base_features", fields["group"].GetString());
        Assert.Equal("2026-11-20", fields["partition"].GetString());
        Assert.Equal("Column 'energy' is null in 3 rows\n   at Lineage.Materializers.Tables.VqeResults", fields["message"].GetString());
        Assert.Equal(42, fields["runId"].GetInt64());
        Assert.Equal("https://lineage.example.org/runs/42", fields["link"].GetString());
        Assert.Equal(new DateTimeOffset(2026, 11, 20, 6, 30, 0, TimeSpan.Zero), fields["at"].GetDateTimeOffset());
        Assert.Equal(
            "step failed: quantum_features/vqe_results 2026-11-20 (run 42) — Column 'energy' is null in 3 rows https://lineage.example.org/runs/42",
            fields["text"].GetString());
    }

    [Fact]
    public async Task Freshness_alert_without_run_or_partition_posts_nulls_and_its_kind()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        using var http = new HttpClient();
        var alert = AlertSamples.StepFailed() with
        {
            Kind = AlertKind.FreshnessOverdue, Partition = null, RunId = null, Message = "No materialization since 2026-11-18",
        };

        await new WebhookChannel(http, receiver.Url).SendAsync(alert, CancellationToken.None);

        using var json = JsonDocument.Parse(Assert.Single(receiver.Requests).Body);
        Assert.Equal("freshness_overdue", json.RootElement.GetProperty("kind").GetString());
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("partition").ValueKind);
        Assert.Equal(JsonValueKind.Null, json.RootElement.GetProperty("runId").ValueKind);
        Assert.StartsWith("freshness overdue: quantum_features/vqe_results — No materialization", json.RootElement.GetProperty("text").GetString());
    }

    [Fact]
    public async Task Webhook_answering_500_throws_naming_the_url_and_status()
    {
        await using var receiver = await WebhookReceiver.StartAsync(HttpStatusCode.InternalServerError);
        using var http = new HttpClient();

        var error = await Assert.ThrowsAsync<WebhookDeliveryException>(
            () => new WebhookChannel(http, receiver.Url).SendAsync(AlertSamples.StepFailed(), CancellationToken.None));

        Assert.Equal(HttpStatusCode.InternalServerError, error.Status);
        Assert.Equal(receiver.Url, error.Url);
        Assert.Contains(receiver.Url.Replace("/hooks/lineage", "/hooks/…"), error.Message);
        Assert.Contains("500", error.Message);
    }

    [Fact]
    public void Logged_webhook_url_keeps_the_origin_and_hides_the_secret_path()
    {
        Assert.Equal("https://hooks.slack.com/services/…", WebhookChannel.Redact("https://hooks.slack.com/services/T000/B000/s3cr3t"));
        Assert.Equal("https://hooks.example.org/alerts/…", WebhookChannel.Redact("https://user:pw@hooks.example.org/alerts?token=s3cr3t"));
        Assert.Equal("http://127.0.0.1:9000/hook", WebhookChannel.Redact("http://127.0.0.1:9000/hook"));
    }
}
