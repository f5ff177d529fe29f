using Lineage.Workbench.Orchestration.Alerts;
using Microsoft.Extensions.Configuration;

namespace Lineage.Workbench.Tests.Orchestration.Alerts;

public class AlertOptionsTests
{
    private static IConfiguration Configuration(params (string Key, string Value)[] entries) =>
        new ConfigurationBuilder()
            .AddInMemoryCollection(entries.Select(e => new KeyValuePair<string, string?>(e.Key, e.Value)))
            .Build();

    [Fact]
    public void Routes_bind_with_webhook_smtp_defaults_and_password()
    {
        var options = AlertOptions.From(Configuration(
            ("Lineage:Alerts:PublicUrl", "https://lineage.example.org/"),
            ("Lineage:Alerts:Routes:0:Groups:0", "base_features"),
            ("Lineage:Alerts:Routes:0:Webhook", "https://hooks.example.org/x"),
            ("Lineage:Alerts:Routes:1:Smtp:Host", "mail.example.org"),
            ("Lineage:Alerts:Routes:1:Smtp:From", "lineage@example.org"),
            ("Lineage:Alerts:Routes:1:Smtp:To:0", "oncall@example.org"),
            ("Lineage:Alerts:Routes:1:Smtp:User", "lineage"),
            ("Lineage:Alerts:Routes:1:Smtp:Password", "from-the-environment")));

        Assert.Equal("https://lineage.example.org", options.PublicUrl);
        Assert.Equal(["base_features"], options.Routes[0].Groups);
        Assert.Equal("https://hooks.example.org/x", options.Routes[0].Webhook);
        Assert.Null(options.Routes[0].Smtp);
        var smtp = options.Routes[1].Smtp!;
        Assert.Equal(25, smtp.Port);
        Assert.False(smtp.UseSsl);
        Assert.Equal(["oncall@example.org"], smtp.To);
        Assert.Equal("from-the-environment", smtp.Password);
    }

    [Theory]
    [InlineData("http://127.0.0.1:5080;http://10.0.0.5:5081", "http://127.0.0.1:5080")]
    [InlineData("http://*:5080", "http://localhost:5080")]
    [InlineData("https://0.0.0.0:443/", "https://localhost:443")]
    [InlineData("http://+:80", "http://localhost:80")]
    public void Public_url_defaults_to_the_first_listen_url(string urls, string expected)
    {
        Assert.Equal(expected, AlertOptions.From(Configuration(("Urls", urls))).PublicUrl);
    }

    [Fact]
    public void Without_any_alert_configuration_there_are_no_routes()
    {
        var options = AlertOptions.From(Configuration());

        Assert.Empty(options.Routes);
        Assert.Equal("http://localhost:5000", options.PublicUrl);
    }

    [Theory]
    [InlineData("Lineage:Alerts:Routes:0:Groups:0", "raw", "Lineage:Alerts:Routes:0 has neither Webhook nor Smtp")]
    [InlineData("Lineage:Alerts:Routes:0:Webhook", "hooks.example.org/x", "Lineage:Alerts:Routes:0:Webhook must be an absolute http(s) URL")]
    [InlineData("Lineage:Alerts:PublicUrl", "lineage.example.org", "Lineage:Alerts:PublicUrl must be an absolute http(s) URL")]
    [InlineData("Lineage:Alerts:Routes:0:Smtp:Host", "mail.example.org", "Lineage:Alerts:Routes:0:Smtp:From must be the sender's mail address")]
    public void Unusable_configuration_names_the_key(string key, string value, string expected)
    {
        var error = Assert.Throws<AlertConfigurationException>(() => AlertOptions.From(Configuration((key, value))));

        Assert.StartsWith(expected, error.Message);
    }

    [Fact]
    public void Smtp_recipient_that_is_not_an_address_is_named()
    {
        var error = Assert.Throws<AlertConfigurationException>(() => AlertOptions.From(Configuration(
            ("Lineage:Alerts:Routes:0:Smtp:Host", "mail.example.org"),
            ("Lineage:Alerts:Routes:0:Smtp:From", "lineage@example.org"),
            ("Lineage:Alerts:Routes:0:Smtp:To:0", "on call"))));

        Assert.Contains("'on call'", error.Message);
    }
}
