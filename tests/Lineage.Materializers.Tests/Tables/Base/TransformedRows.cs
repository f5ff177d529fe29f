using Lineage.Lakehouse.Parquet.Data;
using Lineage.Materializers.Raw;
using Lineage.Materializers.Tables;
using Lineage.Materializers.Tables.Base;
using Lineage.Materializers.Tests.Support;

namespace Lineage.Materializers.Tests.Tables.Base;

/// <summary>The rows a transform wrote for some runs, read back column by column from the batch.</summary>
internal sealed class TransformedRows
{
    private TransformedRows(RecordBatch batch) => Batch = batch;

    public RecordBatch Batch { get; }

    public int Count => Batch.RowCount;

    public static TransformedRows Of(IBaseTableTransform transform, params ExperimentRun[] runs)
    {
        var rows = QuantumTableRows.For(transform.Table);
        foreach (var run in runs)
            transform.Append(run, BaseRecords.Stamp, rows);
        return new TransformedRows(rows.TakeBatch());
    }

    public static TransformedRows Of(IBaseTableTransform transform, VqeDecoratedResult record) =>
        Of(transform, BaseRecords.Run(record));

    public IReadOnlyList<string> ColumnNames => Batch.Schema.Fields.Select(f => f.Name).ToList();

    public string?[] Strings(string column) => Read(column, (BinaryVector v, int i) => v.GetString(i));

    public int?[] Ints(string column) => Read(column, (PrimitiveVector<int> v, int i) => (int?)v[i]);

    public long?[] Longs(string column) => Read(column, (PrimitiveVector<long> v, int i) => (long?)v[i]);

    public double?[] Doubles(string column) => Read(column, (PrimitiveVector<double> v, int i) => (double?)v[i]);

    public bool?[] Booleans(string column) => Read(column, (PrimitiveVector<bool> v, int i) => (bool?)v[i]);

    /// <summary>Any column's values as plain objects (lists as lists of objects).</summary>
    public object?[] Values(string column)
    {
        var field = Batch.Schema.Fields[Batch.Schema.IndexOf(column)];
        return Enumerable.Range(0, Count).Select(i => VectorValues.Get(Batch[column], field, i)).ToArray();
    }

    /// <summary>The single value of a column of a one-row result.</summary>
    public object? Single(string column) => Assert.Single(Values(column));

    private T?[] Read<TVector, T>(string column, Func<TVector, int, T> get)
        where TVector : ColumnVector
    {
        var vector = Assert.IsType<TVector>(Batch[column]);
        return Enumerable.Range(0, Count).Select(i => vector.IsNull(i) ? default : get(vector, i)).ToArray();
    }
}
