using Lineage.Workbench.Orchestration.Alerts;

namespace Lineage.Workbench.Tests.Orchestration.Alerts;

public class AlertRouteTests
{
    private static AlertRoute Route(params string[] groups) =>
        AlertRoute.From(new AlertRouteOptions { Groups = [.. groups], Webhook = "http://127.0.0.1:1/hook" }, new HttpClient());

    [Fact]
    public void Route_with_named_groups_matches_only_those_groups()
    {
        var route = Route("base_features", "raw");

        Assert.True(route.Matches("base_features"));
        Assert.True(route.Matches("raw"));
        Assert.False(route.Matches("ml_features"));
    }

    [Fact]
    public void Route_with_a_star_matches_every_group()
    {
        var route = Route("raw", "*");

        Assert.True(route.Matches("ml_features"));
        Assert.True(route.Matches(""));
    }

    [Fact]
    public void Route_without_groups_matches_every_group()
    {
        var route = Route();

        Assert.True(route.Matches("ml_features"));
        Assert.True(route.Matches("base_features"));
    }

    [Fact]
    public void Blank_group_entries_are_ignored_rather_than_read_as_all()
    {
        var route = Route(" ", "ml_features");

        Assert.Equal(["ml_features"], route.Groups);
        Assert.False(route.Matches("base_features"));
    }

    [Fact]
    public void Route_has_a_channel_for_its_webhook_and_one_for_its_mail_server()
    {
        var route = AlertRoute.From(
            new AlertRouteOptions
            {
                Webhook = "https://hooks.example.org/a",
                Smtp = new SmtpAlertOptions { Host = "mail.example.org", From = "lineage@example.org", To = ["oncall@example.org"] },
            },
            new HttpClient());

        Assert.Collection(route.Channels,
            webhook => Assert.Equal("https://hooks.example.org/a", Assert.IsType<WebhookChannel>(webhook).Url),
            smtp => Assert.IsType<SmtpChannel>(smtp));
    }

    [Fact]
    public void Dispatcher_picks_the_channels_of_matching_routes_only()
    {
        var baseRoute = Route("base_features");
        var mlRoute = Route("ml_features");
        var everything = Route("*");
        var dispatcher = new AlertDispatcher([baseRoute, mlRoute, everything], new ListLogger<AlertDispatcher>());

        var channels = dispatcher.ChannelsFor("ml_features");

        Assert.Equal([.. mlRoute.Channels, .. everything.Channels], channels);
    }
}
