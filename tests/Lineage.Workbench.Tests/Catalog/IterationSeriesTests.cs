using System.Text.Json;
using Lineage.Workbench.Catalog.Plots;

namespace Lineage.Workbench.Tests.Catalog;

public sealed class IterationSeriesTests
{
    private static JsonElement Row(string experiment, int step, double? energy, double? cumulativeMin) =>
        JsonSerializer.SerializeToElement(new Dictionary<string, object?>
        {
            ["experiment_id"] = experiment, ["iteration_step"] = step, ["energy"] = energy, ["cumulative_min_energy"] = cumulativeMin,
            ["molecule_name"] = "HH", ["basis_set"] = "sto-3g", ["optimizer"] = "COBYLA",
        });

    [Fact]
    public void Each_asked_experiment_gets_energy_and_cumulative_minimum_ordered_by_step()
    {
        JsonElement[] rows =
        [
            Row("b", 2, -1.0, -1.1), Row("a", 2, -0.9, -0.95), Row("b", 1, -1.1, -1.1), Row("a", 1, -0.95, -0.95), Row("c", 1, 0, 0),
        ];

        var series = IterationSeries.Extract(rows, ["b", "a"]);

        Assert.Equal(["b", "a"], series.Select(s => s.ExperimentId));
        Assert.Equal([new EnergyPoint(1, -1.1), new EnergyPoint(2, -1.0)], series[0].Energy);
        Assert.Equal([new EnergyPoint(1, -1.1), new EnergyPoint(2, -1.1)], series[0].CumulativeMinimum);
        Assert.Equal([-0.95, -0.9], series[1].Energy.Select(p => p.Energy));
    }

    [Fact]
    public void Null_values_leave_gaps_and_unknown_experiments_are_skipped()
    {
        JsonElement[] rows = [Row("a", 1, -1.0, null), Row("a", 2, null, -1.0)];

        var series = Assert.Single(IterationSeries.Extract(rows, ["a", "missing"]));

        Assert.Equal([1], series.Energy.Select(p => p.Iteration));
        Assert.Equal([2], series.CumulativeMinimum.Select(p => p.Iteration));
    }

    [Fact]
    public void Choices_are_distinct_experiments_labelled_by_molecule_basis_and_optimizer()
    {
        var id = new string('f', 64);
        JsonElement[] rows = [Row(id, 1, -1, -1), Row(id, 2, -1, -1)];

        var choice = Assert.Single(IterationSeries.Choices(rows));

        Assert.Equal(new ExperimentChoice(id, "HH · sto-3g · COBYLA (ffffffff)"), choice);
    }
}
