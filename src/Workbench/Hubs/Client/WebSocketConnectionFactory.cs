using System.Net;
using System.Net.WebSockets;
using Microsoft.AspNetCore.Connections;

namespace Lineage.Workbench.Hubs.Client;

/// <summary>
/// Connects a SignalR client to a hub with a plain WebSocket and no negotiation: the server accepts a WebSocket
/// opened straight on the hub path. <c>http(s)://host/hubs/runs</c> is reached as <c>ws(s)://host/hubs/runs</c>.
/// </summary>
/// <param name="connect">Opens the WebSocket; by default a <see cref="ClientWebSocket"/>. Tests pass an in-memory server's client.</param>
public sealed class WebSocketConnectionFactory(Func<Uri, CancellationToken, Task<WebSocket>>? connect = null) : IConnectionFactory
{
    public async ValueTask<ConnectionContext> ConnectAsync(EndPoint endpoint, CancellationToken cancellationToken = default)
    {
        var hub = endpoint is UriEndPoint uri
            ? uri.Uri
            : throw new ArgumentException($"A hub is reached by its URL, not by {endpoint}.", nameof(endpoint));
        var socket = await (connect ?? ConnectClientAsync)(ToWebSocketUri(hub), cancellationToken);
        return WebSocketConnection.Start(socket);
    }

    public static Uri ToWebSocketUri(Uri hub)
    {
        var scheme = hub.Scheme switch
        {
            "http" or "ws" => "ws",
            "https" or "wss" => "wss",
            _ => throw new ArgumentException($"The hub URL {hub} must start with http://, https://, ws:// or wss://.", nameof(hub)),
        };
        return new UriBuilder(hub) { Scheme = scheme, Port = hub.IsDefaultPort ? -1 : hub.Port }.Uri;
    }

    private static async Task<WebSocket> ConnectClientAsync(Uri uri, CancellationToken cancellationToken)
    {
        var socket = new ClientWebSocket();
        try
        {
            await socket.ConnectAsync(uri, cancellationToken);
            return socket;
        }
        catch
        {
            socket.Dispose();
            throw;
        }
    }
}
