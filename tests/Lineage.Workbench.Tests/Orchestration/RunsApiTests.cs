using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lineage.Workbench.Tests.Storage;

namespace Lineage.Workbench.Tests.Orchestration;

public sealed class RunsApiTests
{
    private const string Day = "2026-11-19";

    [Theory]
    [MemberData(nameof(TestCatalogDatabase.Engines), MemberType = typeof(TestCatalogDatabase))]
    public async Task Launching_through_the_api_answers_202_with_the_run_and_the_run_its_steps_and_events_can_be_read_back(string engine)
    {
        await using var host = await EngineHost.StartAsync(engine, new ScriptedStepExecutor((w, _) => Task.FromResult(ScriptedStepExecutor.Succeeded(w))));
        using var http = host.CreateClient();

        var response = await http.PostAsJsonAsync("/api/runs", new { selection = "+ml_run_summary", partitions = new[] { Day, "2026-11-20" } });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var launched = await response.Content.ReadFromJsonAsync<JsonElement>();
        var runId = launched.GetProperty("runId").GetInt64();
        Assert.Equal($"/api/runs/{runId}", response.Headers.Location?.OriginalString);
        await host.WaitForRunAsync(runId);

        var detail = await http.GetFromJsonAsync<JsonElement>($"/api/runs/{runId}");
        Assert.Equal("succeeded", detail.GetProperty("run").GetProperty("status").GetString());
        Assert.Equal([Day, "2026-11-20"], detail.GetProperty("run").GetProperty("partitions").EnumerateArray().Select(p => p.GetString()));
        Assert.Equal(launched.GetProperty("steps").GetInt32(), detail.GetProperty("steps").GetArrayLength());
        var list = await http.GetFromJsonAsync<JsonElement>("/api/runs?status=succeeded&asset=ml_run_summary");
        Assert.Equal(runId, list[0].GetProperty("id").GetInt64());
        Assert.Equal(0, (await http.GetFromJsonAsync<JsonElement>("/api/runs?status=failed")).GetArrayLength());
        var events = await http.GetFromJsonAsync<JsonElement>($"/api/runs/{runId}/events");
        var ids = events.EnumerateArray().Select(e => e.GetProperty("id").GetInt64()).ToList();
        Assert.Equal(ids.Order(), ids);
        Assert.Equal("run", events[0].GetProperty("kind").GetString());
        var logs = await http.GetFromJsonAsync<JsonElement>($"/api/runs/{runId}/events?kind=log");
        Assert.All(logs.EnumerateArray(), e => Assert.Equal("log", e.GetProperty("kind").GetString()));
        Assert.True(logs.GetArrayLength() > 0);
    }

    [Fact]
    public async Task Bad_requests_say_what_is_wrong_and_finished_or_unknown_runs_cannot_be_canceled()
    {
        await using var host = await EngineHost.StartAsync("sqlite", new ScriptedStepExecutor((w, _) => Task.FromResult(ScriptedStepExecutor.Succeeded(w))));
        using var http = host.CreateClient();

        var noPartition = await http.PostAsJsonAsync("/api/runs", new { selection = "molecules" });
        Assert.Equal(HttpStatusCode.BadRequest, noPartition.StatusCode);
        Assert.Contains("name the partitions", await noPartition.Content.ReadAsStringAsync());
        var badSelection = await http.PostAsJsonAsync("/api/runs", new { selection = "no_such_asset", partition = Day });
        Assert.Equal(HttpStatusCode.BadRequest, badSelection.StatusCode);
        var reversed = await http.PostAsJsonAsync("/api/runs", new { selection = "molecules", from = "2026-11-20", to = "2026-11-19" });
        Assert.Equal(HttpStatusCode.BadRequest, reversed.StatusCode);
        var beforeFirst = await http.PostAsJsonAsync("/api/runs", new { selection = "molecules", partition = "2026-11-17" });
        Assert.Equal(HttpStatusCode.BadRequest, beforeFirst.StatusCode);
        Assert.Equal("application/problem+json", beforeFirst.Content.Headers.ContentType?.MediaType);
        Assert.Contains("partition 2026-11-17 is before the first partition 2026-11-18", await beforeFirst.Content.ReadAsStringAsync());
        var tomorrow = DateOnly.FromDateTime(DateTime.UtcNow).AddDays(1).ToString("yyyy-MM-dd");
        var future = await http.PostAsJsonAsync("/api/backfills", new { selection = "molecules", from = Day, to = tomorrow });
        Assert.Equal(HttpStatusCode.BadRequest, future.StatusCode);
        Assert.Contains($"partition {tomorrow} is after today", await future.Content.ReadAsStringAsync());
        Assert.Equal(0, (await http.GetFromJsonAsync<JsonElement>("/api/backfills")).GetArrayLength());
        Assert.Equal(HttpStatusCode.NotFound, (await http.GetAsync("/api/runs/999")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await http.PostAsync("/api/runs/999/cancel", null)).StatusCode);

        var launched = await (await http.PostAsJsonAsync("/api/runs", new { selection = "ml_run_summary", partition = Day })).Content.ReadFromJsonAsync<JsonElement>();
        var runId = launched.GetProperty("runId").GetInt64();
        await host.WaitForRunAsync(runId);
        var cancel = await http.PostAsync($"/api/runs/{runId}/cancel", null);
        Assert.Equal(HttpStatusCode.Conflict, cancel.StatusCode);
        Assert.Contains("already finished", await cancel.Content.ReadAsStringAsync());
        var openApi = await http.GetStringAsync("/api/openapi.json");
        Assert.Contains("/api/runs/{id}/cancel", openApi);
        Assert.Contains("/api/runs/{id}/events", openApi);
    }
}
