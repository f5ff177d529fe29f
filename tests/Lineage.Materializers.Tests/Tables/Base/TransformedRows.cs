using Apache.Arrow;
using Lineage.Materializers.Raw;
using Lineage.Materializers.Tables;
using Lineage.Materializers.Tables.Base;
using Lineage.Materializers.Tests.Support;
using Lineage.Testing;

namespace Lineage.Materializers.Tests.Tables.Base;

/// <summary>The rows a transform wrote for some runs, read back column by column from the batch.</summary>
internal sealed class TransformedRows
{
    private TransformedRows(RecordBatch batch) => Batch = batch;

    public RecordBatch Batch { get; }

    public int Count => Batch.Length;

    public static TransformedRows Of(IBaseTableTransform transform, params ExperimentRun[] runs)
    {
        var rows = QuantumTableRows.For(transform.Table);
        foreach (var run in runs)
            transform.Append(run, BaseRecords.Stamp, rows);
        return new TransformedRows(rows.TakeBatch());
    }

    public static TransformedRows Of(IBaseTableTransform transform, VqeDecoratedResult record) =>
        Of(transform, BaseRecords.Run(record));

    public IReadOnlyList<string> ColumnNames => Batch.Schema.FieldsList.Select(f => f.Name).ToList();

    public string?[] Strings(string column) => Read(column, (StringArray v, int i) => v.GetString(i));

    public int?[] Ints(string column) => Read(column, (Int32Array v, int i) => v.GetValue(i));

    public long?[] Longs(string column) => Read(column, (Int64Array v, int i) => v.GetValue(i));

    public double?[] Doubles(string column) => Read(column, (DoubleArray v, int i) => v.GetValue(i));

    public bool?[] Booleans(string column) => Read(column, (BooleanArray v, int i) => v.GetValue(i));

    /// <summary>Any column's values as plain objects (lists as lists of objects).</summary>
    public object?[] Values(string column)
    {
        var array = Batch.Column(column);
        return Enumerable.Range(0, Count).Select(i => ArrowCells.Get(array, i)).ToArray();
    }

    /// <summary>The single value of a column of a one-row result.</summary>
    public object? Single(string column) => Assert.Single(Values(column));

    private T?[] Read<TVector, T>(string column, Func<TVector, int, T> get)
        where TVector : IArrowArray
    {
        var vector = Assert.IsType<TVector>(Batch.Column(column));
        return Enumerable.Range(0, Count).Select(i => vector.IsNull(i) ? default : get(vector, i)).ToArray();
    }
}
