namespace Lineage.Workbench.Catalog.Plots;

/// <summary>
/// Equal-width bins over the finite values between their minimum and maximum; NaN and infinities are left out and counted.
/// All values equal make one bin of width zero.
/// </summary>
public sealed class Histogram
{
    private Histogram(IReadOnlyList<HistogramBin> bins, int skipped)
    {
        Bins = bins;
        Skipped = skipped;
    }

    public IReadOnlyList<HistogramBin> Bins { get; }

    /// <summary>Values that are not finite numbers and so fall in no bin.</summary>
    public int Skipped { get; }

    public int Total => Bins.Sum(b => b.Count);

    public static Histogram Of(IEnumerable<double> values, int binCount)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(binCount, 1);
        var all = values.ToList();
        var finite = all.Where(double.IsFinite).ToList();
        var skipped = all.Count - finite.Count;
        if (finite.Count == 0)
            return new Histogram([], skipped);
        var min = finite.Min();
        var max = finite.Max();
        if (min == max)
            return new Histogram([new HistogramBin(min, max, finite.Count)], skipped);

        var width = (max - min) / binCount;
        var counts = new int[binCount];
        foreach (var value in finite)
            counts[Math.Min((int)((value - min) / width), binCount - 1)]++;
        var bins = Enumerable.Range(0, binCount)
            .Select(i => new HistogramBin(min + i * width, i == binCount - 1 ? max : min + (i + 1) * width, counts[i]))
            .ToList();
        return new Histogram(bins, skipped);
    }
}
