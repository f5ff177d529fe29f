using Apache.Arrow;

namespace Lineage.Materializers.Tables;

/// <summary>Typed access to the Arrow columns of a batch read from a table, with errors naming table and column.</summary>
internal readonly struct BatchColumns(RecordBatch batch, string table)
{
    public StringArray Strings(string column) => Get<StringArray>(column, "string");

    public Int32Array Ints(string column) => Get<Int32Array>(column, "int");

    public DoubleArray Doubles(string column) => Get<DoubleArray>(column, "double");

    public BooleanArray Booleans(string column) => Get<BooleanArray>(column, "boolean");

    public ListArray Lists(string column) => Get<ListArray>(column, "list");

    public static string? String(StringArray array, int row) => array.IsNull(row) ? null : array.GetString(row);

    public static T? Value<T>(PrimitiveArray<T> array, int row) where T : struct, IEquatable<T> => array.GetValue(row);

    public static bool? Value(BooleanArray array, int row) => array.GetValue(row);

    /// <summary>The value as text for metadata and summaries (strings, ints, longs), or null.</summary>
    public static string? Text(IArrowArray array, int row) => array.IsNull(row)
        ? null
        : array switch
        {
            StringArray strings => strings.GetString(row),
            Int32Array ints => ints.GetValue(row)!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
            Int64Array longs => longs.GetValue(row)!.Value.ToString(System.Globalization.CultureInfo.InvariantCulture),
            _ => throw new InvalidOperationException($"a key column holds {array.GetType().Name} values; keys are strings or integers"),
        };

    /// <summary>The value of a column the table declares required; a null there is corrupt input.</summary>
    public T Require<T>(PrimitiveArray<T> array, string column, int row) where T : struct, IEquatable<T> =>
        array.GetValue(row) ?? throw Missing(column, row);

    public bool Require(BooleanArray array, string column, int row) => array.GetValue(row) ?? throw Missing(column, row);

    private InvalidDataException Missing(string column, int row) => new($"column {table}.{column} is null in row {row} of a batch");

    private T Get<T>(string column, string type) where T : class, IArrowArray
    {
        var index = batch.Schema.GetFieldIndex(column, StringComparer.Ordinal);
        if (index < 0)
            throw new InvalidDataException($"table {table} has no column '{column}'");
        return batch.Column(index) as T ?? throw new InvalidDataException($"column {table}.{column} is not of type {type}");
    }
}
