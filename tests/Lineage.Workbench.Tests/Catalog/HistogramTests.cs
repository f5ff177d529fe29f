using Lineage.Workbench.Catalog.Plots;

namespace Lineage.Workbench.Tests.Catalog;

public sealed class HistogramTests
{
    [Fact]
    public void Values_fall_in_equal_width_bins_with_the_maximum_in_the_last()
    {
        var histogram = Histogram.Of([0, 1, 2, 3, 4, 5, 6, 7, 8, 10], 5);

        Assert.Equal([0.0, 2, 4, 6, 8], histogram.Bins.Select(b => b.Lower));
        Assert.Equal([2.0, 4, 6, 8, 10], histogram.Bins.Select(b => b.Upper));
        Assert.Equal([2, 2, 2, 2, 2], histogram.Bins.Select(b => b.Count));
        Assert.Equal(10, histogram.Total);
    }

    [Fact]
    public void A_value_on_a_boundary_goes_to_the_upper_bin()
    {
        var histogram = Histogram.Of([0, 5, 10], 2);

        Assert.Equal([1, 2], histogram.Bins.Select(b => b.Count));
    }

    [Fact]
    public void Equal_values_make_one_bin()
    {
        var bin = Assert.Single(Histogram.Of([3, 3, 3], 10).Bins);

        Assert.Equal(new HistogramBin(3, 3, 3), bin);
        Assert.Equal("3", bin.Label);
    }

    [Fact]
    public void Non_finite_values_are_left_out_and_counted()
    {
        var histogram = Histogram.Of([1, double.NaN, 2, double.PositiveInfinity], 1);

        Assert.Equal(2, histogram.Total);
        Assert.Equal(2, histogram.Skipped);
    }

    [Fact]
    public void No_values_make_no_bins()
    {
        Assert.Empty(Histogram.Of([], 4).Bins);
    }

    [Fact]
    public void Negative_energies_are_binned_from_the_lowest()
    {
        var histogram = Histogram.Of([-1.5, -1.0, -1.1], 2);

        Assert.Equal(-1.5, histogram.Bins[0].Lower);
        Assert.Equal([1, 2], histogram.Bins.Select(b => b.Count));
        Assert.Equal("-1.5 – -1.25", histogram.Bins[0].Label);
    }

    [Fact]
    public void Fewer_than_one_bin_is_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Histogram.Of([1], 0));
    }
}
