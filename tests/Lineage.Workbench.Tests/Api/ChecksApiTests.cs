using System.Net;
using System.Net.Http.Json;
using System.Text.Json;
using System.Text.Json.Nodes;
using Lineage.Assets.Checks;
using Lineage.Assets.Quantum;
using Lineage.Materializers.Checks;
using Lineage.Materializers.Recording;
using Lineage.Workbench.Catalog;

namespace Lineage.Workbench.Tests.Api;

[Collection(MaterializedWorkbenchCollection.Name)]
public sealed class ChecksApiTests(MaterializedWorkbench workbench)
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    [Fact]
    public async Task Checks_of_a_partition_are_the_results_its_materialization_evaluated()
    {
        var checks = await workbench.Factory.CreateClient()
            .GetFromJsonAsync<List<CheckView>>($"/api/checks?partition={MaterializedWorkbench.Day}", Json);

        Assert.NotNull(checks);
        var evaluated = workbench.Steps.SelectMany(s => s.Checks).Select(c => (c.Asset.Value, c.CheckName, c.Passed)).Order().ToList();
        Assert.NotEmpty(evaluated);
        Assert.Equal(evaluated, checks.Select(c => (c.Asset, c.Check, c.Passed)).Order().ToList());
        Assert.All(checks, c => Assert.Equal(MaterializedWorkbench.Day, c.Partition));
        var keys = Assert.Single(checks, c => c.Asset == QuantumAssetKeys.VqeIterations.Value && c.Check == "keys_unique");
        Assert.True(keys.Blocking);
        Assert.Equal("error", keys.Severity);
    }

    [Fact]
    public async Task A_selection_lists_only_the_checks_of_its_assets()
    {
        var checks = await workbench.Factory.CreateClient()
            .GetFromJsonAsync<List<CheckView>>($"/api/checks?select=vqe_iterations&partition={MaterializedWorkbench.Day}", Json);

        Assert.NotNull(checks);
        Assert.Contains(checks, c => c.Check == "iteration_rows_match_steps");
        Assert.All(checks, c => Assert.Equal(QuantumAssetKeys.VqeIterations.Value, c.Asset));
    }

    [Fact]
    public async Task Failing_lists_only_failed_results_newest_first()
    {
        const string partition = "2026-11-21";
        var log = workbench.Service<IMaterializationLog>();
        var at = new DateTimeOffset(2026, 11, 21, 6, 0, 0, TimeSpan.Zero);
        await log.RecordChecksAsync(
        [
            Result("iteration_rows_match_steps", passed: false, at),
            Result("row_count_consistent", passed: true, at.AddMinutes(1)),
            Result("keys_unique", passed: false, at.AddMinutes(2)),
        ], CancellationToken.None);

        var failing = await workbench.Factory.CreateClient()
            .GetFromJsonAsync<List<CheckView>>($"/api/checks?partition={partition}&failing=true", Json);

        Assert.NotNull(failing);
        // Newest first, not the log's order by check name.
        Assert.Equal(["keys_unique", "iteration_rows_match_steps"], failing.Select(c => c.Check).ToList());
        Assert.All(failing, c => Assert.False(c.Passed));
        Assert.Equal("broken", failing[0].Metadata["reason"]!.GetValue<string>());

        CheckResult Result(string check, bool passed, DateTimeOffset evaluatedAt) => new(
            QuantumAssetKeys.VqeIterations, check, partition, passed, AssetCheckSeverity.Error, Blocking: true,
            passed ? "ok" : "failed", new JsonObject { ["reason"] = passed ? "fine" : "broken" }, evaluatedAt);
    }

    [Fact]
    public async Task A_partition_that_is_not_a_date_is_a_400_naming_it()
    {
        var response = await workbench.Factory.CreateClient().GetAsync("/api/checks?partition=19-11-2026");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("19-11-2026", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task An_unknown_asset_in_the_selection_is_a_400_naming_it()
    {
        var response = await workbench.Factory.CreateClient().GetAsync("/api/checks?select=vqe_iteration");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains("vqe_iteration", await response.Content.ReadAsStringAsync());
    }
}
