using Lineage.Lakehouse.Parquet.Data;

namespace Lineage.Materializers.Checks;

/// <summary>Typed access to the columns of a batch a check read, with an error naming the column when its type is unexpected.</summary>
internal static class BatchColumns
{
    public static BinaryVector Strings(RecordBatch batch, string name) => Typed<BinaryVector>(batch, name, "string");

    public static PrimitiveVector<int> Ints(RecordBatch batch, string name) => Typed<PrimitiveVector<int>>(batch, name, "int");

    public static PrimitiveVector<double> Doubles(RecordBatch batch, string name) => Typed<PrimitiveVector<double>>(batch, name, "double");

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

    private static T Typed<T>(RecordBatch batch, string name, string type)
        where T : ColumnVector =>
        batch[name] as T
        ?? throw new InvalidOperationException($"column {name} was read as {batch[name].GetType().Name}, expected {type} values");
}
