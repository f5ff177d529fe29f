using System.Text.Json;
using Lineage.Workbench.Tests.Orchestration.Alerts;

namespace Lineage.Workbench.Tests.Orchestration;

public sealed class FailureAlertTests
{
    [Fact]
    public async Task A_step_that_fails_for_good_posts_one_alert_with_its_asset_partition_error_and_run_link()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var executor = new ScriptedStepExecutor((work, _) => Task.FromResult(ScriptedStepExecutor.Failed(work, "schema drift in ml_run_summary")));
        await using var host = await EngineHost.StartAsync("sqlite", executor, new Dictionary<string, string?>
        {
            ["Lineage:Jobs:Policies:*:Retries"] = "1",
            ["Lineage:Jobs:Policies:*:RetryDelay"] = "00:00:00.050",
            ["Lineage:Alerts:PublicUrl"] = "https://lineage.example.org",
            ["Lineage:Alerts:Routes:0:Groups:0"] = "*",
            ["Lineage:Alerts:Routes:0:Webhook"] = receiver.Url,
        });

        var launch = await host.LaunchAsync("ml_run_summary", "2026-11-19");
        await host.WaitForRunAsync(launch.RunId!.Value);

        // The first attempt's failure is retried, so only the final one alerts.
        var alert = JsonDocument.Parse(Assert.Single(receiver.Requests).Body).RootElement;
        Assert.Equal("step_failed", alert.GetProperty("kind").GetString());
        Assert.EndsWith("ml_run_summary", alert.GetProperty("asset").GetString());
        Assert.Equal("2026-11-19", alert.GetProperty("partition").GetString());
        Assert.Equal("schema drift in ml_run_summary", alert.GetProperty("message").GetString());
        Assert.Equal(launch.RunId, alert.GetProperty("runId").GetInt64());
        Assert.Equal($"https://lineage.example.org/runs/{launch.RunId}", alert.GetProperty("link").GetString());
    }
}
