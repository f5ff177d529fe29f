using System.Collections.Concurrent;
using Amazon.Runtime;

namespace Lineage.Lakehouse.Tests.IO;

/// <summary>Gives the S3 client an HTTP handler that records every request it sends, to check what went over the wire.</summary>
public sealed class RecordingHttpClientFactory : HttpClientFactory
{
    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public override HttpClient CreateHttpClient(IClientConfig clientConfig) =>
        new(new RecordingHandler(Requests) { InnerHandler = new HttpClientHandler() });

    public void Clear() => Requests.Clear();

    private sealed class RecordingHandler(ConcurrentQueue<RecordedRequest> requests) : DelegatingHandler
    {
        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var response = await base.SendAsync(request, cancellationToken);
            requests.Enqueue(new RecordedRequest(
                request.Method.Method,
                request.RequestUri?.PathAndQuery ?? "",
                request.Headers.TryGetValues("Range", out var range) ? string.Join(",", range) : null,
                request.Headers.TryGetValues("If-None-Match", out var noneMatch) ? string.Join(",", noneMatch) : null,
                response.Content.Headers.ContentLength ?? 0));
            return response;
        }
    }
}
