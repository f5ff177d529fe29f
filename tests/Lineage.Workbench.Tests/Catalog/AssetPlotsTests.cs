using Lineage.Assets.Quantum;
using Lineage.Workbench.Catalog.Plots;
using Lineage.Workbench.Catalog.Preview;
using Lineage.Workbench.Tests.Api;

namespace Lineage.Workbench.Tests.Catalog;

[Collection(MaterializedWorkbenchCollection.Name)]
public sealed class AssetPlotsTests(MaterializedWorkbench workbench)
{
    private static readonly DateOnly Day = DateOnly.Parse(MaterializedWorkbench.Day);

    private AssetPlots Plots => workbench.Service<AssetPlots>();

    [Theory]
    [InlineData("quantum_features/ml_iteration_features", PlotKind.EnergyByIteration)]
    [InlineData("quantum_features/ml_run_summary", PlotKind.SummaryDistribution)]
    [InlineData("quantum_features/vqe_iterations", PlotKind.None)]
    public void Only_the_ml_tables_have_plots(string asset, PlotKind kind)
    {
        Assert.Equal(kind, AssetPlots.KindOf(asset));
    }

    [Fact]
    public async Task Energy_series_of_an_experiment_match_its_preview_rows()
    {
        var experiments = await Plots.ExperimentsAsync(Day, CancellationToken.None);
        var chosen = experiments[0];

        var series = Assert.Single(await Plots.EnergySeriesAsync(Day, [chosen], CancellationToken.None));

        var steps = await StepsOfAsync(chosen.ExperimentId);
        Assert.Equal(chosen.Label, series.Label);
        Assert.Equal(steps, series.Energy.Select(p => p.Iteration));
        Assert.All(series.CumulativeMinimum.Zip(series.CumulativeMinimum.Skip(1)), pair => Assert.True(pair.Second.Energy <= pair.First.Energy));
        Assert.True(series.CumulativeMinimum.Count > 0);
    }

    private async Task<List<int>> StepsOfAsync(string experiment)
    {
        var steps = new List<int>();
        var preview = workbench.Service<TablePreview>();
        for (var offset = 0; ; offset += 500)
        {
            var page = await preview.ReadAsync(
                new("ml_iteration_features", MaterializedWorkbench.Day, Columns: ["experiment_id", "iteration_step"], Offset: offset, Limit: 500),
                CancellationToken.None);
            steps.AddRange(page.Rows.Where(r => r.GetProperty("experiment_id").GetString() == experiment)
                .Select(r => r.GetProperty("iteration_step").GetInt32()));
            if (!page.HasMore)
                return steps.Order().ToList();
        }
    }

    [Fact]
    public async Task More_than_ten_experiments_are_refused()
    {
        var experiments = Enumerable.Range(0, 11).Select(i => new ExperimentChoice($"e{i}", $"e{i}")).ToList();

        var error = await Assert.ThrowsAsync<ArgumentException>(() => Plots.EnergySeriesAsync(Day, experiments, CancellationToken.None));

        Assert.Contains("at most 10", error.Message);
    }

    [Fact]
    public async Task The_convergence_histogram_counts_every_experiment_of_the_partition()
    {
        var summaryRows = Assert.Single(workbench.Steps, s => s.Asset == QuantumAssetKeys.MlRunSummary).Rows;

        var histogram = await Plots.DistributionAsync(Day, "convergence_iteration", 8, CancellationToken.None);

        Assert.Equal(summaryRows, histogram.Total);
        Assert.InRange(histogram.Bins.Count, 1, 8);
    }

    [Fact]
    public async Task An_unknown_measure_names_the_plotted_ones()
    {
        var error = await Assert.ThrowsAsync<ArgumentException>(() => Plots.DistributionAsync(Day, "molecule_name", 8, CancellationToken.None));

        Assert.Contains("convergence_iteration", error.Message);
    }
}
