using Apache.Arrow;

namespace Lineage.Lakehouse.Arrow;

/// <summary>Rows of a record batch picked by position or by a mask (Arrow for .NET has no compute kernels).</summary>
internal static class RecordBatchRows
{
    /// <summary>A batch of the given rows, in the given (ascending) order: runs of consecutive rows are sliced and concatenated.</summary>
    public static RecordBatch Take(RecordBatch batch, IReadOnlyList<int> rows)
    {
        ArgumentNullException.ThrowIfNull(batch);
        ArgumentNullException.ThrowIfNull(rows);
        var runs = new List<(int Start, int Length)>();
        for (var i = 0; i < rows.Count; i++)
        {
            var row = rows[i];
            if ((uint)row >= (uint)batch.Length)
                throw new ArgumentOutOfRangeException(nameof(rows), $"row {row} is outside the batch's {batch.Length} rows");
            if (runs.Count > 0 && runs[^1].Start + runs[^1].Length == row)
                runs[^1] = (runs[^1].Start, runs[^1].Length + 1);
            else
                runs.Add((row, 1));
        }
        if (runs.Count == 1 && runs[0].Length == batch.Length)
            return batch;
        var columns = batch.Arrays.Select(column => runs.Count == 0
            ? NullArrays.Slice(column, 0, 0)
            : runs.Count == 1
                ? NullArrays.Slice(column, runs[0].Start, runs[0].Length)
                : ArrowArrayConcatenator.Concatenate(runs.Select(r => NullArrays.Slice(column, r.Start, r.Length)).ToList(), null)).ToList();
        return new RecordBatch(batch.Schema, columns, rows.Count);
    }

    /// <summary>A batch of the rows whose mask entry is true.</summary>
    public static RecordBatch Filter(RecordBatch batch, ReadOnlySpan<bool> keep)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (keep.Length != batch.Length)
            throw new ArgumentException($"the mask has {keep.Length} entries for {batch.Length} rows", nameof(keep));
        var rows = new List<int>(keep.Length);
        for (var i = 0; i < keep.Length; i++)
        {
            if (keep[i])
                rows.Add(i);
        }
        return Take(batch, rows);
    }
}
