using System.Collections.Concurrent;
using System.Net;
using System.Text;
using Amazon.Runtime;

namespace Lineage.Lakehouse.Tests.IO;

/// <summary>
/// Gives the S3 client an HTTP handler that records every request it sends, to check what went over the wire.
/// With <see cref="EmulateConditionalPuts"/> it also answers 412 to an <c>If-None-Match: *</c> PUT of a key it saw
/// written, the way stores with conditional puts do (not atomically: for the sequential tests only).
/// </summary>
public sealed class RecordingHttpClientFactory : HttpClientFactory
{
    public ConcurrentQueue<RecordedRequest> Requests { get; } = new();

    public bool EmulateConditionalPuts { get; init; }

    /// <summary>Requests for which the store is made to answer 403 Access Denied (which the SDK does not retry).</summary>
    public Func<HttpRequestMessage, bool>? Deny { get; init; }

    public override HttpClient CreateHttpClient(IClientConfig clientConfig) =>
        new(new RecordingHandler(this) { InnerHandler = new HttpClientHandler() });

    public void Clear() => Requests.Clear();

    private sealed class RecordingHandler(RecordingHttpClientFactory owner) : DelegatingHandler
    {
        private readonly ConcurrentDictionary<string, bool> _written = new();

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            var path = request.RequestUri?.AbsolutePath ?? "";
            var noneMatch = request.Headers.TryGetValues("If-None-Match", out var values) ? string.Join(",", values) : null;
            var response = owner.Deny?.Invoke(request) == true
                ? Error(HttpStatusCode.Forbidden, "AccessDenied", "Access Denied")
                : owner.EmulateConditionalPuts && request.Method == HttpMethod.Put && noneMatch == "*" && _written.ContainsKey(path)
                    ? Error(HttpStatusCode.PreconditionFailed, "PreconditionFailed", "At least one of the pre-conditions you specified did not hold")
                    : await base.SendAsync(request, cancellationToken);
            if (request.Method == HttpMethod.Put && response.IsSuccessStatusCode)
                _written[path] = true;
            if (request.Method == HttpMethod.Delete)
                _written.TryRemove(path, out _);
            owner.Requests.Enqueue(new RecordedRequest(
                request.Method.Method,
                request.RequestUri?.PathAndQuery ?? "",
                request.Headers.TryGetValues("Range", out var range) ? string.Join(",", range) : null,
                noneMatch,
                (int)response.StatusCode,
                response.Content.Headers.ContentLength ?? 0));
            return response;
        }

        private static HttpResponseMessage Error(HttpStatusCode status, string code, string message) => new(status)
        {
            Content = new StringContent(
                $"<?xml version=\"1.0\" encoding=\"UTF-8\"?><Error><Code>{code}</Code><Message>{message}</Message></Error>",
                Encoding.UTF8, "application/xml"),
        };
    }
}
