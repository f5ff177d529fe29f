namespace Lineage.Materializers.Tables.Ml;

/// <summary>
/// The aggregates of one experiment's feature rows for ml_run_summary. Aggregates over only nulls are null; the
/// head and tail are the first and last rows by iteration_step. Scratch buffers are reused between experiments.
/// </summary>
internal sealed class RunStatistics(int headTailSize)
{
    private double[] _values = [];
    private double[] _steps = [];

    public double? MeanEnergyDelta { get; private set; }
    public double? StdEnergyDelta { get; private set; }
    public double MinEnergy { get; private set; }
    public double MaxEnergy { get; private set; }
    public double? MeanParamDeltaNorm { get; private set; }
    public double? StdParamDeltaNorm { get; private set; }
    public double? TotalParamDistance { get; private set; }
    public long NewMinima { get; private set; }
    public int LongestPlateau { get; private set; }
    public double HeadMeanEnergy { get; private set; }
    public double? HeadEnergySlope { get; private set; }
    public double TailMeanEnergy { get; private set; }

    /// <param name="rows">One experiment's rows ordered by iteration_step; at least one.</param>
    public void Compute(ReadOnlySpan<FeatureRow> rows)
    {
        if (_values.Length < rows.Length)
        {
            _values = new double[Math.Max(rows.Length, _values.Length * 2)];
            _steps = new double[_values.Length];
        }

        var deltas = NonNull(rows, static row => row.EnergyDelta);
        MeanEnergyDelta = deltas.IsEmpty ? null : SampleStatistics.Mean(deltas);
        StdEnergyDelta = SampleStatistics.StandardDeviation(deltas);

        var norms = NonNull(rows, static row => row.ParameterDeltaNorm);
        MeanParamDeltaNorm = norms.IsEmpty ? null : SampleStatistics.Mean(norms);
        StdParamDeltaNorm = SampleStatistics.StandardDeviation(norms);
        TotalParamDistance = norms.IsEmpty ? null : Sum(norms);

        MinEnergy = double.PositiveInfinity;
        MaxEnergy = double.NegativeInfinity;
        NewMinima = 0;
        LongestPlateau = 0;
        foreach (var row in rows)
        {
            MinEnergy = Math.Min(MinEnergy, row.Energy);
            MaxEnergy = Math.Max(MaxEnergy, row.Energy);
            NewMinima += row.IsNewMinimum ? 1 : 0;
            LongestPlateau = Math.Max(LongestPlateau, row.StepsSinceImprovement);
        }

        var head = Math.Min(headTailSize, rows.Length);
        for (var i = 0; i < head; i++)
        {
            _values[i] = rows[i].Energy;
            _steps[i] = rows[i].Step;
        }
        HeadMeanEnergy = SampleStatistics.Mean(_values.AsSpan(0, head));
        HeadEnergySlope = SampleStatistics.Slope(_steps.AsSpan(0, head), _values.AsSpan(0, head));

        var tail = rows[^Math.Min(headTailSize, rows.Length)..];
        for (var i = 0; i < tail.Length; i++)
            _values[i] = tail[i].Energy;
        TailMeanEnergy = SampleStatistics.Mean(_values.AsSpan(0, tail.Length));
    }

    /// <summary>The present values, in the shared scratch buffer: use them before the next call.</summary>
    private ReadOnlySpan<double> NonNull(ReadOnlySpan<FeatureRow> rows, Func<FeatureRow, double?> value)
    {
        var count = 0;
        foreach (var row in rows)
        {
            if (value(row) is { } present)
                _values[count++] = present;
        }
        return _values.AsSpan(0, count);
    }

    private static double Sum(ReadOnlySpan<double> values)
    {
        var sum = 0.0;
        foreach (var value in values)
            sum += value;
        return sum;
    }
}
