using Lineage.Lakehouse.Parquet.Schema;

namespace Lineage.Lakehouse.Parquet.Data;

/// <summary>A slice of rows in columnar form: one vector per top-level field of the schema.</summary>
public sealed class RecordBatch
{
    public RecordBatch(ParquetSchema schema, IReadOnlyList<ColumnVector> columns)
    {
        if (columns.Count != schema.Fields.Count)
            throw new ArgumentException($"The batch has {columns.Count} columns but the schema has {schema.Fields.Count}.");
        RowCount = columns.Count == 0 ? 0 : columns[0].Count;
        for (var i = 0; i < columns.Count; i++)
        {
            if (columns[i].Count != RowCount)
                throw new ArgumentException($"Column '{schema.Fields[i].Name}' has {columns[i].Count} values, expected {RowCount}.");
        }
        Schema = schema;
        Columns = columns;
    }

    public ParquetSchema Schema { get; }

    public IReadOnlyList<ColumnVector> Columns { get; }

    public int RowCount { get; }

    public ColumnVector this[string name] =>
        Schema.IndexOf(name) is var i and >= 0 ? Columns[i] : throw new KeyNotFoundException($"No column '{name}' in the batch.");
}
