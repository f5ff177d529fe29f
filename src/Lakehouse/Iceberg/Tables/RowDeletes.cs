using Lineage.Lakehouse.Parquet.Data;

namespace Lineage.Lakehouse.Iceberg.Tables;

/// <summary>
/// The deletes that apply to one data file: row positions (0-based across its row groups) and sets of equality
/// keys, each over its own equality field ids.
/// </summary>
internal sealed class RowDeletes
{
    public RowDeletes(IReadOnlySet<long> positions, IReadOnlyList<EqualityDeletes> equalities)
    {
        Positions = positions;
        Equalities = equalities;
    }

    public static RowDeletes None { get; } = new(new HashSet<long>(), []);

    public IReadOnlySet<long> Positions { get; }

    public IReadOnlyList<EqualityDeletes> Equalities { get; }

    public bool IsEmpty => Positions.Count == 0 && Equalities.Count == 0;

    /// <summary>The field ids whose values the equality deletes compare.</summary>
    public IEnumerable<int> EqualityFieldIds => Equalities.SelectMany(e => e.FieldIds).Distinct();

    /// <summary>
    /// The rows of a batch that survive the deletes, or null when all do.
    /// </summary>
    /// <param name="batch">A batch of the data file holding every equality column the file has.</param>
    /// <param name="firstRow">The position in the file of the batch's first row.</param>
    /// <param name="equalityColumns">Field id → the batch's column for it; null when the file lacks the column (all nulls).</param>
    public int[]? Kept(RecordBatch batch, long firstRow, IReadOnlyDictionary<int, string?> equalityColumns)
    {
        if (IsEmpty)
            return null;
        var kept = new List<int>(batch.RowCount);
        var keys = Equalities.Select(e => new object?[e.FieldIds.Count]).ToArray();
        for (var row = 0; row < batch.RowCount; row++)
        {
            if (Positions.Contains(firstRow + row) || IsEqualityDeleted(batch, row, equalityColumns, keys))
                continue;
            kept.Add(row);
        }
        return kept.Count == batch.RowCount ? null : kept.ToArray();
    }

    private bool IsEqualityDeleted(RecordBatch batch, int row, IReadOnlyDictionary<int, string?> equalityColumns, object?[][] keys)
    {
        for (var e = 0; e < Equalities.Count; e++)
        {
            var deletes = Equalities[e];
            var key = keys[e];
            for (var i = 0; i < key.Length; i++)
                key[i] = equalityColumns[deletes.FieldIds[i]] is { } name
                    ? EqualityKeyComparer.Normalize(VectorValues.Get(batch[name], batch.Schema.Fields[batch.Schema.IndexOf(name)], row))
                    : null;
            if (deletes.Keys.Contains(key))
                return true;
        }
        return false;
    }
}
