using System.Globalization;
using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lineage.Assets.Partitions;
using Lineage.Workbench.Orchestration.Backfills;
using Lineage.Workbench.Orchestration.Runs;

namespace Lineage.Workbench.Cli.Remote;

/// <summary>
/// The workbench's REST API as the CLI uses it. Refusals become <see cref="WorkbenchApiException"/> carrying the
/// API's explanation; a workbench that does not answer becomes <see cref="WorkbenchUnreachableException"/>.
/// </summary>
public sealed class WorkbenchClient : IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    private readonly HttpClient _http;

    /// <param name="server">The workbench's address, e.g. <c>http://127.0.0.1:5080</c> (may have a path base).</param>
    /// <param name="handler">Sends the requests; by default a plain socket handler.</param>
    public WorkbenchClient(Uri server, HttpMessageHandler? handler = null)
    {
        Server = server;
        var root = server.AbsoluteUri.EndsWith('/') ? server : new Uri(server.AbsoluteUri + "/");
        _http = handler is null ? new HttpClient() : new HttpClient(handler, disposeHandler: false);
        _http.BaseAddress = root;
    }

    public Uri Server { get; }

    public Task<LaunchResult> LaunchAsync(string selection, IReadOnlyList<DateOnly> partitions, bool staleOnly, CancellationToken cancellationToken) =>
        SendAsync<LaunchResult>(HttpMethod.Post, "api/runs", new
        {
            selection,
            partitions = partitions.Select(DailyPartitions.FormatKey).ToList(),
            staleOnly,
        }, cancellationToken);

    public Task<IReadOnlyList<RunView>> ListRunsAsync(RunFilter filter, CancellationToken cancellationToken)
    {
        var query = new List<string>();
        void Add(string name, string? value)
        {
            if (value is not null)
                query.Add($"{name}={Uri.EscapeDataString(value)}");
        }
        Add("status", filter.Status);
        Add("asset", filter.Asset);
        Add("trigger", filter.Trigger);
        Add("since", filter.Since?.ToString("O", CultureInfo.InvariantCulture));
        Add("backfill", filter.BackfillId?.ToString(CultureInfo.InvariantCulture));
        Add("before", filter.BeforeId?.ToString(CultureInfo.InvariantCulture));
        Add("limit", filter.Limit.ToString(CultureInfo.InvariantCulture));
        return SendAsync<IReadOnlyList<RunView>>(HttpMethod.Get, "api/runs?" + string.Join('&', query), null, cancellationToken);
    }

    public Task<RunDetail> GetRunAsync(long runId, CancellationToken cancellationToken) =>
        SendAsync<RunDetail>(HttpMethod.Get, $"api/runs/{runId}", null, cancellationToken);

    /// <exception cref="WorkbenchApiException">The run is unknown (404) or has already finished (409).</exception>
    public Task<CancelReply> CancelAsync(long runId, CancellationToken cancellationToken) =>
        SendAsync<CancelReply>(HttpMethod.Post, $"api/runs/{runId}/cancel", null, cancellationToken);

    /// <summary>Launches a new run of the steps of a finished run that failed, were blocked or were canceled.</summary>
    public Task<LaunchResult> ReexecuteAsync(long runId, CancellationToken cancellationToken) =>
        SendAsync<LaunchResult>(HttpMethod.Post, $"api/runs/{runId}/reexecute", null, cancellationToken);

    public Task<BackfillLaunch> LaunchBackfillAsync(string selection, DateOnly from, DateOnly to, bool staleOnly, CancellationToken cancellationToken) =>
        SendAsync<BackfillLaunch>(HttpMethod.Post, "api/backfills", new
        {
            selection,
            from = DailyPartitions.FormatKey(from),
            to = DailyPartitions.FormatKey(to),
            staleOnly,
        }, cancellationToken);

    public Task<BackfillView> GetBackfillAsync(long backfillId, CancellationToken cancellationToken) =>
        SendAsync<BackfillView>(HttpMethod.Get, $"api/backfills/{backfillId}", null, cancellationToken);

    public void Dispose() => _http.Dispose();

    private async Task<T> SendAsync<T>(HttpMethod method, string path, object? body, CancellationToken cancellationToken)
    {
        using var request = new HttpRequestMessage(method, path);
        if (body is not null)
            request.Content = JsonContent.Create(body, options: Json);
        HttpResponseMessage response;
        try
        {
            response = await _http.SendAsync(request, cancellationToken);
        }
        catch (HttpRequestException e)
        {
            throw new WorkbenchUnreachableException(Server, e);
        }
        catch (TaskCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            throw new WorkbenchUnreachableException(Server, e);
        }
        using (response)
        {
            if (!response.IsSuccessStatusCode)
                throw await RefusalAsync($"{method} {new Uri(_http.BaseAddress!, path).GetLeftPart(UriPartial.Path)}", response, cancellationToken);
            try
            {
                return await response.Content.ReadFromJsonAsync<T>(Json, cancellationToken)
                    ?? throw new JsonException("the body is empty");
            }
            catch (JsonException e)
            {
                throw new WorkbenchApiException(response.StatusCode,
                    $"The workbench at {Server} answered {method} /{path.Split('?')[0]} with something other than the expected JSON ({e.Message}); is it a Lineage workbench of this version?");
            }
        }
    }

    /// <summary>The problem's detail when the API explains itself; otherwise the status and route, e.g. an older workbench without the route.</summary>
    private async Task<WorkbenchApiException> RefusalAsync(string route, HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        try
        {
            using var problem = JsonDocument.Parse(text);
            if (problem.RootElement.ValueKind == JsonValueKind.Object
                && problem.RootElement.TryGetProperty("detail", out var detail) && detail.GetString() is { Length: > 0 } message)
                return new WorkbenchApiException(response.StatusCode, message);
        }
        catch (JsonException)
        {
            // Not a problem document: described by status and route below.
        }
        var status = $"{(int)response.StatusCode} {response.ReasonPhrase}";
        return response.StatusCode == HttpStatusCode.NotFound
            ? new WorkbenchApiException(response.StatusCode,
                $"{route} answered {status}: no workbench API there; check the --server URL or upgrade the workbench.")
            : new WorkbenchApiException(response.StatusCode, $"{route} answered {status}.");
    }
}
