using System.Text;

namespace Lineage.Materializers.Tables.Ml;

/// <summary>
/// Follows the experiment_id of rows read in order, where each experiment's rows must come as one contiguous run
/// (the upstream writer writes them so). Only the current id and the ids of finished runs are kept; an id that comes
/// back after its run ended is an error.
/// </summary>
internal sealed class ClusteredExperiments(string table, DateOnly partition)
{
    private readonly HashSet<string> _finished = new(StringComparer.Ordinal);
    private byte[] _currentBytes = [];

    /// <summary>The experiment whose rows are being read; null before the first row.</summary>
    public string? Current { get; private set; }

    public bool IsCurrent(ReadOnlySpan<byte> experimentId) => Current is not null && experimentId.SequenceEqual(_currentBytes);

    /// <summary>Ends the current run and starts the run of <paramref name="experimentId"/>.</summary>
    public void Begin(ReadOnlySpan<byte> experimentId)
    {
        if (Current is not null)
            _finished.Add(Current);
        var id = Encoding.UTF8.GetString(experimentId);
        if (_finished.Contains(id))
            throw new InvalidDataException(
                $"partition {partition:yyyy-MM-dd} of {table} is not clustered by experiment: the rows of experiment {id} " +
                "are not contiguous; rewrite the partition so each experiment's rows come together");
        Current = id;
        _currentBytes = experimentId.ToArray();
    }
}
