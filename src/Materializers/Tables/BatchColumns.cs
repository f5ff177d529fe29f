using Lineage.Lakehouse.Parquet.Data;

namespace Lineage.Materializers.Tables;

/// <summary>Typed access to the columns of a batch read from a table, with errors naming table and column.</summary>
internal readonly struct BatchColumns(RecordBatch batch, string table)
{
    public BinaryVector Strings(string column) => Get<BinaryVector>(column, "string");

    public PrimitiveVector<int> Ints(string column) => Get<PrimitiveVector<int>>(column, "int");

    public PrimitiveVector<double> Doubles(string column) => Get<PrimitiveVector<double>>(column, "double");

    public PrimitiveVector<bool> Booleans(string column) => Get<PrimitiveVector<bool>>(column, "boolean");

    public ListVector Lists(string column) => Get<ListVector>(column, "list");

    public static string? String(BinaryVector vector, int row) => vector.IsNull(row) ? null : vector.GetString(row);

    public static T? Value<T>(PrimitiveVector<T> vector, int row) where T : unmanaged => vector.IsNull(row) ? null : vector[row];

    /// <summary>The value as text for metadata and summaries (strings, ints, longs), or null.</summary>
    public static string? Text(ColumnVector vector, int row) => vector.IsNull(row)
        ? null
        : vector switch
        {
            BinaryVector strings => strings.GetString(row),
            PrimitiveVector<int> ints => ints[row].ToString(System.Globalization.CultureInfo.InvariantCulture),
            PrimitiveVector<long> longs => longs[row].ToString(System.Globalization.CultureInfo.InvariantCulture),
            _ => throw new InvalidOperationException($"a key column holds {vector.GetType().Name} values; keys are strings or integers"),
        };

    /// <summary>The value of a column the table declares required; a null there is corrupt input.</summary>
    public T Require<T>(PrimitiveVector<T> vector, string column, int row) where T : unmanaged =>
        vector.IsNull(row) ? throw new InvalidDataException($"column {table}.{column} is null in row {row} of a batch") : vector[row];

    private T Get<T>(string column, string type) where T : ColumnVector
    {
        if (batch.Schema.IndexOf(column) < 0)
            throw new InvalidDataException($"table {table} has no column '{column}'");
        return batch[column] as T ?? throw new InvalidDataException($"column {table}.{column} is not of type {type}");
    }
}
