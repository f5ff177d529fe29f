using Apache.Arrow;
using Lineage.Lakehouse.Arrow;
using Lineage.Lakehouse.Iceberg.Schemas;

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
    /// <param name="schema">The table schema, for the types of the equality columns.</param>
    public int[]? Kept(RecordBatch batch, long firstRow, IReadOnlyDictionary<int, string?> equalityColumns, IcebergSchema schema)
    {
        if (IsEmpty)
            return null;
        var kept = new List<int>(batch.Length);
        var keys = Equalities.Select(e => new object?[e.FieldIds.Count]).ToArray();
        var columns = Equalities.Select(e => e.FieldIds.Select(id => equalityColumns[id] is { } name
            ? (batch.Column(name), schema.FindField(id)?.Type as PrimitiveType)
            : ((IArrowArray, PrimitiveType?)?)null).ToArray()).ToArray();
        for (var row = 0; row < batch.Length; row++)
        {
            if (Positions.Contains(firstRow + row) || IsEqualityDeleted(row, columns, keys))
                continue;
            kept.Add(row);
        }
        return kept.Count == batch.Length ? null : kept.ToArray();
    }

    /// <param name="columns">Per equality delete set, the batch's array and type of each of its columns (null: all nulls).</param>
    private bool IsEqualityDeleted(int row, (IArrowArray Array, PrimitiveType? Type)?[][] columns, object?[][] keys)
    {
        for (var e = 0; e < Equalities.Count; e++)
        {
            var key = keys[e];
            for (var i = 0; i < key.Length; i++)
                key[i] = columns[e][i] is { } column ? EqualityKeyComparer.Normalize(ArrowValues.Get(column.Array, row, column.Type)) : null;
            if (Equalities[e].Keys.Contains(key))
                return true;
        }
        return false;
    }
}
