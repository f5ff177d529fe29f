namespace Lineage.Workbench.Graph;

/// <summary>The non-decreasing sequence closest (least squares) to the given values, by pooling adjacent violators.</summary>
internal static class IsotonicFit
{
    public static double[] NonDecreasing(IReadOnlyList<double> values)
    {
        var sums = new List<double>();
        var counts = new List<int>();
        foreach (var value in values)
        {
            sums.Add(value);
            counts.Add(1);
            while (sums.Count > 1 && sums[^1] / counts[^1] < sums[^2] / counts[^2])
            {
                sums[^2] += sums[^1];
                counts[^2] += counts[^1];
                sums.RemoveAt(sums.Count - 1);
                counts.RemoveAt(counts.Count - 1);
            }
        }

        var fitted = new double[values.Count];
        var index = 0;
        for (var block = 0; block < sums.Count; block++)
        {
            var mean = sums[block] / counts[block];
            for (var i = 0; i < counts[block]; i++)
            {
                fitted[index++] = mean;
            }
        }

        return fitted;
    }
}
