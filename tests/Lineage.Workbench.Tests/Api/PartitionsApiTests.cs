using System.Net;
using System.Text.Json;
using Lineage.Workbench.Tests.Shared;

namespace Lineage.Workbench.Tests.Api;

public sealed class PartitionsApiTests(WorkbenchAppFactory factory) : IClassFixture<WorkbenchAppFactory>
{
    [Fact]
    public async Task Partitions_of_a_fresh_catalog_are_missing_one_letter_per_date_with_reasons()
    {
        var response = await factory.CreateClient().GetAsync("/api/partitions?select=%2Bmolecules&from=2026-11-18&to=2026-11-19");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        var matrix = JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement;
        Assert.Equal(["2026-11-18", "2026-11-19"], matrix.GetProperty("dates").EnumerateArray().Select(d => d.GetString()));
        var assets = matrix.GetProperty("assets").EnumerateArray().ToList();
        Assert.Equal(["raw_vqe_results", "quantum_features/molecules"], assets.Select(a => a.GetProperty("key").GetString()));
        Assert.All(assets, a => Assert.Equal("MM", a.GetProperty("statuses").GetString()));
        Assert.Equal("not observed", assets[0].GetProperty("reasons").GetProperty("2026-11-19").GetString());
    }

    [Theory]
    [InlineData("from=2006-11-18&to=2026-11-19", "3660")]
    [InlineData("from=2026-11-19&to=2026-11-18", "before")]
    [InlineData("select=no_such_asset&from=2026-11-18&to=2026-11-19", "no_such_asset")]
    public async Task A_bad_range_or_selection_is_a_400_naming_the_problem(string query, string named)
    {
        var response = await factory.CreateClient().GetAsync($"/api/partitions?{query}");

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        Assert.Contains(named, await response.Content.ReadAsStringAsync());
    }
}
