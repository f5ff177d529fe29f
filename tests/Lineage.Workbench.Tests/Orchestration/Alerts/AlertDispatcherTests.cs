using System.Net;
using Lineage.Workbench.Orchestration.Alerts;
using Microsoft.Extensions.Logging;

namespace Lineage.Workbench.Tests.Orchestration.Alerts;

public class AlertDispatcherTests
{
    [Fact]
    public async Task Failing_webhook_does_not_stop_the_mail_and_does_not_throw()
    {
        await using var webhook = await WebhookReceiver.StartAsync(HttpStatusCode.InternalServerError);
        await using var smtp = new TestSmtpServer();
        using var http = new HttpClient();
        var logger = new ListLogger<AlertDispatcher>();
        var route = AlertRoute.From(
            new AlertRouteOptions
            {
                Groups = ["base_features"],
                Webhook = webhook.Url,
                Smtp = new SmtpAlertOptions { Host = "127.0.0.1", Port = smtp.Port, From = "lineage@example.org", To = ["oncall@example.org"] },
            },
            http);
        var dispatcher = new AlertDispatcher([route], logger);

        await dispatcher.SendAsync(AlertSamples.StepFailed("base_features"), CancellationToken.None);

        Assert.Single(webhook.Requests);
        Assert.Equal(["oncall@example.org"], Assert.Single(smtp.Mails).Recipients);
        var failure = Assert.Single(logger.Entries, e => e.Level == LogLevel.Error);
        Assert.IsType<WebhookDeliveryException>(failure.Exception);
        Assert.Contains("quantum_features/vqe_results", failure.Message);
    }

    [Fact]
    public async Task Alert_goes_to_every_matching_route_and_not_to_others()
    {
        await using var baseHook = await WebhookReceiver.StartAsync();
        await using var mlHook = await WebhookReceiver.StartAsync();
        await using var allHook = await WebhookReceiver.StartAsync();
        using var http = new HttpClient();
        var dispatcher = new AlertDispatcher(
            [
                AlertRoute.From(new AlertRouteOptions { Groups = ["base_features"], Webhook = baseHook.Url }, http),
                AlertRoute.From(new AlertRouteOptions { Groups = ["ml_features"], Webhook = mlHook.Url }, http),
                AlertRoute.From(new AlertRouteOptions { Webhook = allHook.Url }, http),
            ],
            new ListLogger<AlertDispatcher>());

        await dispatcher.SendAsync(AlertSamples.StepFailed("ml_features"), CancellationToken.None);

        Assert.Empty(baseHook.Requests);
        Assert.Single(mlHook.Requests);
        Assert.Single(allHook.Requests);
    }

    [Fact]
    public async Task Unreachable_channels_are_logged_and_the_caller_carries_on()
    {
        using var http = new HttpClient();
        var logger = new ListLogger<AlertDispatcher>();
        var dispatcher = new AlertDispatcher(
            [AlertRoute.From(new AlertRouteOptions { Webhook = "http://127.0.0.1:1/hook" }, http)],
            logger);

        await dispatcher.SendAsync(AlertSamples.StepFailed(), CancellationToken.None);

        Assert.Contains(logger.Entries, e => e.Level == LogLevel.Error && e.Exception is HttpRequestException);
    }
}
