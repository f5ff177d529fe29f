using System.Net;
using System.Text.RegularExpressions;
using Lineage.Workbench.Auth;
using Lineage.Workbench.Tests.Shared;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;

namespace Lineage.Workbench.Tests.Auth;

public sealed partial class SignInTests
{
    private static WebApplicationFactory<Program> Workbench(bool requireSignIn) => new WorkbenchAppFactory().WithWebHostBuilder(builder =>
    {
        builder.UseSetting("Lineage:Auth:Operators:0:Name", "ada");
        builder.UseSetting("Lineage:Auth:Operators:0:PasswordHash", PasswordHash.Create("analytical-engine"));
        builder.UseSetting("Lineage:Auth:RequireSignInToView", requireSignIn ? "true" : "false");
    });

    private static async Task<HttpResponseMessage> SignInAsync(HttpClient http, string name, string password)
    {
        var form = await http.GetStringAsync("/login?returnUrl=%2Fassets");
        var token = AntiforgeryField().Match(form).Groups[1].Value;
        return await http.PostAsync("/auth/login", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["__RequestVerificationToken"] = token, ["name"] = name, ["password"] = password, ["returnUrl"] = "/assets",
        }));
    }

    [Fact]
    public async Task An_operator_signs_in_with_the_configured_password_and_goes_back_where_they_came_from()
    {
        await using var app = Workbench(requireSignIn: false);
        using var http = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var wrong = await SignInAsync(http, "ada", "difference-engine");
        Assert.Equal(HttpStatusCode.Redirect, wrong.StatusCode);
        Assert.StartsWith("/login?failed=1", wrong.Headers.Location!.OriginalString);

        var right = await SignInAsync(http, "ada", "analytical-engine");
        Assert.Equal(HttpStatusCode.Redirect, right.StatusCode);
        Assert.Equal("/assets", right.Headers.Location!.OriginalString);
        Assert.Contains(right.Headers.GetValues("Set-Cookie"), c => c.StartsWith("lineage.auth="));
    }

    [Fact]
    public async Task A_sign_in_post_without_the_antiforgery_token_is_refused()
    {
        await using var app = Workbench(requireSignIn: false);
        using var http = app.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });

        var response = await http.PostAsync("/auth/login", new FormUrlEncodedContent(new Dictionary<string, string> { ["name"] = "ada", ["password"] = "analytical-engine" }));

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.False(response.Headers.Contains("Set-Cookie") && response.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith("lineage.auth=")));
    }

    [Fact]
    public async Task Viewing_is_open_by_default_and_needs_a_sign_in_when_configured()
    {
        await using (var open = Workbench(requireSignIn: false))
        {
            using var http = open.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
            Assert.Equal(HttpStatusCode.OK, (await http.GetAsync("/assets")).StatusCode);
        }
        await using var closed = Workbench(requireSignIn: true);
        using var client = closed.CreateClient(new WebApplicationFactoryClientOptions { AllowAutoRedirect = false });
        var page = await client.GetAsync("/assets");
        Assert.Equal(HttpStatusCode.Redirect, page.StatusCode);
        Assert.StartsWith("http://localhost/login?ReturnUrl=%2Fassets", page.Headers.Location!.ToString());
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/login")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await SignInAsync(client, "ada", "analytical-engine")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await client.GetAsync("/assets")).StatusCode);
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" value=\"([^\"]+)\"")]
    private static partial Regex AntiforgeryField();
}
