namespace Lineage.Materializers.Tables.Ml;

/// <summary>
/// The features of one experiment's iterations that depend only on the trajectory, computed over its rows in
/// iteration_step order. The buffers are reused from one experiment to the next.
/// </summary>
internal sealed class IterationTrajectory(int movingWindow)
{
    private bool[] _isNewMinimum = [];
    private int[] _stepsSinceImprovement = [];
    private double[] _movingAverage = [];
    private double?[] _movingStd = [];
    private double?[] _meanParamChange = [];
    private double[] _energies = [];

    /// <summary>The largest iteration_step that set a new minimum.</summary>
    public int ConvergenceIteration { get; private set; }

    /// <summary>Energy of the first iteration by step.</summary>
    public double FirstEnergy { get; private set; }

    public bool IsNewMinimum(int index) => _isNewMinimum[index];

    public int StepsSinceImprovement(int index) => _stepsSinceImprovement[index];

    public double MovingAverage(int index) => _movingAverage[index];

    public double? MovingStd(int index) => _movingStd[index];

    public double? MeanParamChange(int index) => _meanParamChange[index];

    /// <summary>(first energy − cumulative_min_energy) ÷ iteration_step.</summary>
    public double? ImprovementRate(in IterationRow row) => Ratio.Of(FirstEnergy - row.CumulativeMinEnergy, row.Step);

    /// <summary>(energy − cumulative_min_energy) ÷ |cumulative_min_energy|, 0.0 when the minimum is null or 0.</summary>
    public static double NormalizedEnergy(in IterationRow row) =>
        row.CumulativeMinEnergy is { } minimum && minimum != 0.0 ? (row.Energy - minimum) / Math.Abs(minimum) : 0.0;

    /// <param name="rows">One experiment's iterations, ordered by iteration_step; at least one.</param>
    public void Compute(ReadOnlySpan<IterationRow> rows)
    {
        Ensure(rows.Length);
        FirstEnergy = rows[0].Energy;
        double parameterSum = 0.0;
        var anyParameterNorm = false;
        for (var i = 0; i < rows.Length; i++)
        {
            var row = rows[i];
            var previousMinimum = i == 0 ? null : rows[i - 1].CumulativeMinEnergy;
            var isNew = previousMinimum is null || row.CumulativeMinEnergy < previousMinimum;
            _isNewMinimum[i] = isNew;
            _stepsSinceImprovement[i] = isNew ? 0 : _stepsSinceImprovement[i - 1] + 1;
            if (isNew)
                ConvergenceIteration = i == 0 ? row.Step : Math.Max(ConvergenceIteration, row.Step);

            _energies[i] = row.Energy;
            var window = _energies.AsSpan(Math.Max(0, i - movingWindow + 1)..(i + 1));
            _movingAverage[i] = SampleStatistics.Mean(window);
            _movingStd[i] = SampleStatistics.StandardDeviation(window);

            if (row.ParameterDeltaNorm is { } norm)
            {
                parameterSum += norm;
                anyParameterNorm = true;
            }
            _meanParamChange[i] = anyParameterNorm ? Ratio.Of(parameterSum, row.Step) : null;
        }
    }

    private void Ensure(int count)
    {
        if (_energies.Length >= count)
            return;
        var size = Math.Max(count, _energies.Length * 2);
        _isNewMinimum = new bool[size];
        _stepsSinceImprovement = new int[size];
        _movingAverage = new double[size];
        _movingStd = new double?[size];
        _meanParamChange = new double?[size];
        _energies = new double[size];
    }
}
