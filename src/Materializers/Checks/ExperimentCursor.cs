using Apache.Arrow;

namespace Lineage.Materializers.Checks;

/// <summary>
/// Follows the experiment_id of rows read in order and tells when a new run of rows starts. The id is compared as
/// bytes and decoded only when it changes, so reading a partition allocates per experiment, not per row.
/// </summary>
internal sealed class ExperimentCursor
{
    private byte[] _current = [];
    private bool _started;
    private bool _currentIsNull;

    /// <summary>The experiment of the current run; null when its rows have a null experiment_id.</summary>
    public string? Current { get; private set; }

    /// <summary>Moves to the row; true when it starts a run (its experiment differs from the previous row's).</summary>
    public bool MoveTo(StringArray ids, int row)
    {
        if (ids.IsNull(row))
        {
            if (_started && _currentIsNull)
                return false;
            (_started, _currentIsNull, _current, Current) = (true, true, [], null);
            return true;
        }
        var id = ids.GetBytes(row);
        if (_started && !_currentIsNull && id.SequenceEqual(_current))
            return false;
        _current = id.ToArray();
        (_started, _currentIsNull, Current) = (true, false, System.Text.Encoding.UTF8.GetString(id));
        return true;
    }
}
