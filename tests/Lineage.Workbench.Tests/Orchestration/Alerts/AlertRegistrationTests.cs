using Lineage.Assets.Quantum;
using Lineage.Workbench.Catalog;
using Lineage.Workbench.Orchestration.Alerts;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace Lineage.Workbench.Tests.Orchestration.Alerts;

public class AlertRegistrationTests
{
    [Fact]
    public async Task Configured_routes_become_a_dispatcher_that_delivers_factory_alerts()
    {
        await using var receiver = await WebhookReceiver.StartAsync();
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Urls"] = "http://*:5080",
            ["Lineage:Alerts:Routes:0:Groups:0"] = "ml_features",
            ["Lineage:Alerts:Routes:0:Webhook"] = receiver.Url,
        }).Build();
        var services = new ServiceCollection()
            .AddLogging()
            .AddSingleton(TimeProvider.System)
            .AddSingleton(new AssetCatalog(new DateOnly(2026, 11, 1)))
            .AddAlerts(configuration);
        await using var provider = services.BuildServiceProvider();

        var alert = provider.GetRequiredService<AlertFactory>().StepFailed(QuantumAssetKeys.MlRunSummary, "2026-11-20", "boom", 3);
        await provider.GetRequiredService<AlertDispatcher>().SendAsync(alert, CancellationToken.None);

        Assert.Contains("\"link\":\"http://localhost:5080/runs/3\"", Assert.Single(receiver.Requests).Body);
    }

    [Fact]
    public void Bad_route_fails_at_registration()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Lineage:Alerts:Routes:0:Groups:0"] = "raw",
        }).Build();

        Assert.Throws<AlertConfigurationException>(() => new ServiceCollection().AddAlerts(configuration));
    }

    [Fact]
    public async Task Smtp_password_never_reaches_the_log()
    {
        var closedPort = await TestSmtpServer.ClosedPortAsync();
        var logger = new ListLogger<AlertDispatcher>();
        var route = AlertRoute.From(new AlertRouteOptions
        {
            Smtp = new SmtpAlertOptions
            {
                Host = "127.0.0.1", Port = closedPort, From = "lineage@example.org", To = ["oncall@example.org"],
                User = "lineage", Password = "pa55-w0rd-secret",
            },
        }, new HttpClient());

        await new AlertDispatcher([route], logger).SendAsync(AlertSamples.StepFailed(), CancellationToken.None);

        var failure = Assert.Single(logger.Entries, e => e.Level == LogLevel.Error);
        Assert.DoesNotContain("pa55-w0rd-secret", failure.Message + failure.Exception);
    }
}
