using System.Net;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace Lineage.Workbench.Tests.Orchestration.Alerts;

/// <summary>A Kestrel endpoint on a free loopback port that records each POSTed body and answers with a chosen status.</summary>
public sealed class WebhookReceiver : IAsyncDisposable
{
    private readonly WebApplication _app;
    private readonly List<ReceivedRequest> _requests = [];

    private WebhookReceiver(WebApplication app) => _app = app;

    public sealed record ReceivedRequest(string Path, string? ContentType, string Body);

    public string Url { get; private set; } = "";

    public IReadOnlyList<ReceivedRequest> Requests
    {
        get { lock (_requests) return _requests.ToList(); }
    }

    public static async Task<WebhookReceiver> StartAsync(HttpStatusCode answer = HttpStatusCode.OK)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseUrls("http://127.0.0.1:0");
        var app = builder.Build();
        var receiver = new WebhookReceiver(app);
        app.MapPost("/{**path}", async (HttpContext context) =>
        {
            using var reader = new StreamReader(context.Request.Body);
            var body = await reader.ReadToEndAsync();
            lock (receiver._requests)
                receiver._requests.Add(new ReceivedRequest(context.Request.Path, context.Request.ContentType, body));
            return Results.StatusCode((int)answer);
        });
        await app.StartAsync();
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        receiver.Url = address + "/hooks/lineage";
        return receiver;
    }

    public async ValueTask DisposeAsync()
    {
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
