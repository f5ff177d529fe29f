using System.Buffers;
using System.IO.Pipelines;
using System.Net.WebSockets;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Connections.Features;

namespace Lineage.Workbench.Hubs.Client;

/// <summary>
/// A connection over an open WebSocket: what the server sends comes out of <see cref="ConnectionContext.Transport"/>'s
/// input, what is written to its output goes out as WebSocket messages. Disposing closes the socket politely.
/// </summary>
internal sealed class WebSocketConnection : DefaultConnectionContext, ITransferFormatFeature
{
    private static readonly TimeSpan CloseTimeout = TimeSpan.FromSeconds(5);

    private readonly WebSocket _socket;
    private readonly CancellationTokenSource _closed = new();
    private readonly Task _receiving;
    private readonly Task _sending;
    private int _disposed;

    private WebSocketConnection(WebSocket socket, Pipe fromServer, Pipe toServer)
        : base(Guid.NewGuid().ToString("N"), new DuplexPipe(fromServer.Reader, toServer.Writer), new DuplexPipe(toServer.Reader, fromServer.Writer))
    {
        _socket = socket;
        ConnectionClosed = _closed.Token;
        Features.Set<ITransferFormatFeature>(this);
        _receiving = ReceiveAsync(fromServer.Writer);
        _sending = SendAsync(toServer.Reader);
    }

    public TransferFormat SupportedFormats => TransferFormat.Binary | TransferFormat.Text;

    public TransferFormat ActiveFormat { get; set; } = TransferFormat.Text;

    public static WebSocketConnection Start(WebSocket socket) => new(socket, new Pipe(), new Pipe());

    public override async ValueTask DisposeAsync()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1)
            return;
        // Completing our output makes the send loop close the socket's output; the server answers with its close.
        await Transport!.Output.CompleteAsync();
        await Transport.Input.CompleteAsync();
        try
        {
            await Task.WhenAll(_sending, _receiving).WaitAsync(CloseTimeout);
        }
        catch (TimeoutException)
        {
            _socket.Abort();
        }
        _socket.Dispose();
        _closed.Dispose();
        await base.DisposeAsync();
    }

    private async Task ReceiveAsync(PipeWriter fromServer)
    {
        Exception? failure = null;
        try
        {
            while (true)
            {
                var result = await _socket.ReceiveAsync(fromServer.GetMemory(4096), CancellationToken.None);
                if (result.MessageType == WebSocketMessageType.Close)
                    break;
                fromServer.Advance(result.Count);
                if (result.EndOfMessage && (await fromServer.FlushAsync()).IsCompleted)
                    break;
            }
        }
        catch (Exception e)
        {
            // Whatever ended the socket ends the connection: the hub client learns it from the completed pipe.
            failure = e;
        }
        await fromServer.CompleteAsync(failure);
        await _closed.CancelAsync();
    }

    private async Task SendAsync(PipeReader toServer)
    {
        try
        {
            while (true)
            {
                var result = await toServer.ReadAsync();
                var buffer = result.Buffer;
                try
                {
                    if (!buffer.IsEmpty)
                        await SendMessageAsync(buffer);
                    if (result.IsCompleted)
                        break;
                }
                finally
                {
                    toServer.AdvanceTo(buffer.End);
                }
            }
            if (_socket.State is WebSocketState.Open or WebSocketState.CloseReceived)
            {
                using var timeout = new CancellationTokenSource(CloseTimeout);
                await _socket.CloseOutputAsync(WebSocketCloseStatus.NormalClosure, null, timeout.Token);
            }
        }
        catch (Exception)
        {
            // The socket is gone; the receive loop reports it.
        }
        await toServer.CompleteAsync();
    }

    private async Task SendMessageAsync(ReadOnlySequence<byte> buffer)
    {
        var type = ActiveFormat == TransferFormat.Binary ? WebSocketMessageType.Binary : WebSocketMessageType.Text;
        if (buffer.IsSingleSegment)
        {
            await _socket.SendAsync(buffer.First, type, endOfMessage: true, CancellationToken.None);
            return;
        }
        var position = buffer.Start;
        buffer.TryGet(ref position, out var segment);
        while (buffer.TryGet(ref position, out var next))
        {
            await _socket.SendAsync(segment, type, endOfMessage: false, CancellationToken.None);
            segment = next;
        }
        await _socket.SendAsync(segment, type, endOfMessage: true, CancellationToken.None);
    }

    private sealed class DuplexPipe(PipeReader input, PipeWriter output) : IDuplexPipe
    {
        public PipeReader Input { get; } = input;

        public PipeWriter Output { get; } = output;
    }
}
