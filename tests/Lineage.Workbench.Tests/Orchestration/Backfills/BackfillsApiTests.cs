using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using Lineage.Workbench.Tests.Storage;

namespace Lineage.Workbench.Tests.Orchestration.Backfills;

public sealed class BackfillsApiTests
{
    [Theory]
    [MemberData(nameof(TestCatalogDatabase.Engines), MemberType = typeof(TestCatalogDatabase))]
    public async Task Launching_answers_202_with_the_ids_and_the_backfill_reads_back_in_the_documented_shape(string engine)
    {
        await using var host = await EngineHost.StartAsync(engine, new ScriptedStepExecutor((work, _) => Task.FromResult(ScriptedStepExecutor.Succeeded(work))));
        using var client = host.CreateClient();

        var response = await client.PostAsJsonAsync("/api/backfills", new { selection = BackfillHost.Selection, from = BackfillHost.From, to = BackfillHost.To, staleOnly = false });

        Assert.Equal(HttpStatusCode.Accepted, response.StatusCode);
        var launch = await response.Content.ReadFromJsonAsync<JsonElement>();
        var id = launch.GetProperty("backfillId").GetInt64();
        Assert.Equal($"/api/backfills/{id}", response.Headers.Location?.OriginalString);
        Assert.True(launch.GetProperty("runId").GetInt64() > 0);
        Assert.True(launch.GetProperty("steps").GetInt32() > 0);
        Assert.Contains($"backfill {id}", launch.GetProperty("message").GetString());
        await host.WaitForBackfillAsync(id);

        var backfill = await client.GetFromJsonAsync<JsonElement>($"/api/backfills/{id}");
        Assert.Equal(id, backfill.GetProperty("id").GetInt64());
        Assert.Equal((BackfillHost.Selection, BackfillHost.From, BackfillHost.To, "completed"),
            (backfill.GetProperty("selection").GetString(), backfill.GetProperty("from").GetString(), backfill.GetProperty("to").GetString(), backfill.GetProperty("status").GetString()));
        Assert.Equal(JsonValueKind.Null, backfill.GetProperty("launchedBy").ValueKind);
        Assert.Equal(JsonValueKind.String, backfill.GetProperty("createdAt").ValueKind);
        Assert.Equal(JsonValueKind.String, backfill.GetProperty("finishedAt").ValueKind);
        Assert.Equal(launch.GetProperty("runId").GetInt64(), backfill.GetProperty("runIds")[0].GetInt64());
        Assert.Equal(launch.GetProperty("steps").GetInt32(), backfill.GetProperty("counts").GetProperty("succeeded").GetInt32());
        var partition = backfill.GetProperty("partitions")[0];
        Assert.Equal((BackfillHost.From, "succeeded"), (partition.GetProperty("partition").GetString(), partition.GetProperty("status").GetString()));
        Assert.True(partition.GetProperty("steps").GetProperty("succeeded").GetInt32() > 0);

        var list = await client.GetFromJsonAsync<JsonElement>("/api/backfills");
        Assert.Equal(id, Assert.Single(list.EnumerateArray()).GetProperty("id").GetInt64());
    }

    [Theory]
    [MemberData(nameof(TestCatalogDatabase.Engines), MemberType = typeof(TestCatalogDatabase))]
    public async Task Unknown_ids_answer_404_wrong_states_409_and_bad_ranges_400(string engine)
    {
        await using var host = await EngineHost.StartAsync(engine, new ScriptedStepExecutor((work, _) => Task.FromResult(ScriptedStepExecutor.Succeeded(work))));
        using var client = host.CreateClient();

        Assert.Equal(HttpStatusCode.NotFound, (await client.GetAsync("/api/backfills/404")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync("/api/backfills/404/resume", null)).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await client.PostAsync("/api/backfills/404/cancel", null)).StatusCode);

        var backwards = await client.PostAsJsonAsync("/api/backfills", new { selection = BackfillHost.Selection, from = BackfillHost.To, to = BackfillHost.From });
        Assert.Equal(HttpStatusCode.BadRequest, backwards.StatusCode);
        Assert.Contains("swap them", (await backwards.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        var tooLong = await client.PostAsJsonAsync("/api/backfills", new { selection = BackfillHost.Selection, from = "2000-01-01", to = "2026-11-19" });
        Assert.Equal(HttpStatusCode.BadRequest, tooLong.StatusCode);
        var notADate = await client.PostAsJsonAsync("/api/backfills", new { selection = BackfillHost.Selection, from = "last week", to = BackfillHost.To });
        Assert.Equal(HttpStatusCode.BadRequest, notADate.StatusCode);
        Assert.Empty((await client.GetFromJsonAsync<JsonElement>("/api/backfills")).EnumerateArray());

        var launch = await host.LaunchBackfillAsync();
        await host.WaitForBackfillAsync(launch.BackfillId);
        var resume = await client.PostAsync($"/api/backfills/{launch.BackfillId}/resume", null);
        Assert.Equal(HttpStatusCode.Conflict, resume.StatusCode);
        Assert.Contains("is completed", (await resume.Content.ReadFromJsonAsync<JsonElement>()).GetProperty("detail").GetString());
        Assert.Equal(HttpStatusCode.Conflict, (await client.PostAsync($"/api/backfills/{launch.BackfillId}/cancel", null)).StatusCode);
    }
}
