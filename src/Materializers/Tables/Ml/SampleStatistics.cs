namespace Lineage.Materializers.Tables.Ml;

/// <summary>
/// Mean and sample standard deviation of a few values by the corrected two-pass algorithm, which stays accurate
/// when the values are large and their spread small (1e9 plus noise), unlike Σx² − (Σx)²/n.
/// </summary>
internal static class SampleStatistics
{
    public static double Mean(ReadOnlySpan<double> values)
    {
        var sum = 0.0;
        foreach (var value in values)
            sum += value;
        return sum / values.Length;
    }

    /// <summary>Null below two values.</summary>
    public static double? StandardDeviation(ReadOnlySpan<double> values)
    {
        if (values.Length < 2)
            return null;
        var mean = Mean(values);
        double squares = 0.0, residual = 0.0;
        foreach (var value in values)
        {
            var deviation = value - mean;
            squares += deviation * deviation;
            residual += deviation;
        }
        var variance = (squares - residual * residual / values.Length) / (values.Length - 1);
        return Math.Sqrt(Math.Max(variance, 0.0));
    }

    /// <summary>Least-squares slope of <paramref name="y"/> on <paramref name="x"/>; null below two points or when x does not vary.</summary>
    public static double? Slope(ReadOnlySpan<double> x, ReadOnlySpan<double> y)
    {
        if (x.Length < 2)
            return null;
        var meanX = Mean(x);
        var meanY = Mean(y);
        double sxx = 0.0, sxy = 0.0;
        for (var i = 0; i < x.Length; i++)
        {
            var dx = x[i] - meanX;
            sxx += dx * dx;
            sxy += dx * (y[i] - meanY);
        }
        return Ratio.Of(sxy, sxx);
    }
}
