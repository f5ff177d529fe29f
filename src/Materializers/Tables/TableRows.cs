using Lineage.Lakehouse.Parquet.Data;
using Lineage.Lakehouse.Parquet.Schema;

namespace Lineage.Materializers.Tables;

/// <summary>
/// Rows of one table being built column by column, in the schema's column order: each row is a chain of typed
/// appends ending in <see cref="EndRow"/> (<c>rows.String(id).Int(molecule).…EndRow()</c>). A value of the wrong
/// type, a null in a required column or a row with too few or too many values throws, naming the column.
/// </summary>
public sealed class TableRows
{
    private readonly string _table;
    private ColumnVector[] _columns;
    private int _cursor;

    public TableRows(string table, ParquetSchema schema)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(table);
        _table = table;
        Schema = schema ?? throw new ArgumentNullException(nameof(schema));
        _columns = NewColumns();
    }

    public ParquetSchema Schema { get; }

    /// <summary>Complete rows held (since creation or the last <see cref="TakeBatch"/>).</summary>
    public int RowCount { get; private set; }

    public TableRows String(string? value) => Append(ParquetValueType.String, value, (v, x) => ((BinaryVector)v).AppendString(x!));

    public TableRows Int(int? value) => Append(ParquetValueType.Int32, value, (v, x) => ((PrimitiveVector<int>)v).Append(x!.Value));

    public TableRows Long(long? value) => Append(ParquetValueType.Int64, value, (v, x) => ((PrimitiveVector<long>)v).Append(x!.Value));

    public TableRows Double(double? value) => Append(ParquetValueType.Double, value, (v, x) => ((PrimitiveVector<double>)v).Append(x!.Value));

    public TableRows Boolean(bool? value) => Append(ParquetValueType.Boolean, value, (v, x) => ((PrimitiveVector<bool>)v).Append(x!.Value));

    public TableRows Date(DateOnly? value) =>
        Append(ParquetValueType.Date, value, (v, x) => ((PrimitiveVector<int>)v).Append(x!.Value.DayNumber - DateOnly.FromDateTime(DateTime.UnixEpoch).DayNumber));

    /// <summary>An instant, stored as microseconds since the Unix epoch (UTC).</summary>
    public TableRows Timestamp(DateTimeOffset? value) =>
        Append(ParquetValueType.TimestampMicros, value, (v, x) => ((PrimitiveVector<long>)v).Append((x!.Value.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / TimeSpan.TicksPerMicrosecond));

    public TableRows Strings(IReadOnlyList<string>? values) => List(ParquetValueType.String, values, (v, x) => ((BinaryVector)v).AppendString(x));

    public TableRows Longs(IReadOnlyList<long>? values) => List(ParquetValueType.Int64, values, (v, x) => ((PrimitiveVector<long>)v).Append(x));

    public TableRows Doubles(IReadOnlyList<double>? values) => List(ParquetValueType.Double, values, (v, x) => ((PrimitiveVector<double>)v).Append(x));

    /// <summary>A list of lists of doubles (coordinates).</summary>
    public TableRows DoubleLists(IReadOnlyList<IReadOnlyList<double>>? values)
    {
        var (field, vector) = Next("list<list<double>>");
        if (field is not ListField { Element: ListField { Element: PrimitiveField { Type: ParquetValueType.Double } } })
            throw Mismatch(field, "list<list<double>>");
        if (values is null)
            return AppendNull(field, vector);
        var outer = (ListVector)vector;
        var inner = (ListVector)outer.Elements;
        var leaves = (PrimitiveVector<double>)inner.Elements;
        outer.BeginList();
        foreach (var list in values)
        {
            inner.BeginList();
            foreach (var value in list)
                leaves.Append(value);
            inner.EndList();
        }
        outer.EndList();
        _cursor++;
        return this;
    }

    /// <summary>Completes the row; every column must have received a value.</summary>
    public TableRows EndRow()
    {
        if (_cursor != _columns.Length)
            throw new InvalidOperationException(
                $"a row of {_table} ended after {_cursor} of its {_columns.Length} columns; next expected: {Schema.Fields[_cursor].Name}");
        _cursor = 0;
        RowCount++;
        return this;
    }

    /// <summary>The complete rows as a batch; the builder starts empty again.</summary>
    public RecordBatch TakeBatch()
    {
        if (_cursor != 0)
            throw new InvalidOperationException($"a row of {_table} is half built (stopped before column {Schema.Fields[_cursor].Name})");
        var batch = new RecordBatch(Schema, _columns);
        _columns = NewColumns();
        RowCount = 0;
        return batch;
    }

    private TableRows Append<T>(ParquetValueType type, T value, Action<ColumnVector, T> append)
    {
        var (field, vector) = Next(type.ToString());
        if (field is not PrimitiveField primitive || primitive.Type != type)
            throw Mismatch(field, type.ToString());
        if (value is null)
            return AppendNull(field, vector);
        append(vector, value);
        _cursor++;
        return this;
    }

    private TableRows List<T>(ParquetValueType elementType, IReadOnlyList<T>? values, Action<ColumnVector, T> append)
    {
        var (field, vector) = Next($"list<{elementType}>");
        if (field is not ListField { Element: PrimitiveField element } || element.Type != elementType)
            throw Mismatch(field, $"list<{elementType}>");
        if (values is null)
            return AppendNull(field, vector);
        var list = (ListVector)vector;
        list.BeginList();
        foreach (var value in values)
            append(list.Elements, value);
        list.EndList();
        _cursor++;
        return this;
    }

    private TableRows AppendNull(ParquetField field, ColumnVector vector)
    {
        if (!field.Nullable)
            throw new InvalidOperationException($"column {_table}.{field.Name} is required but got null");
        vector.AppendNull();
        _cursor++;
        return this;
    }

    private (ParquetField Field, ColumnVector Vector) Next(string type)
    {
        if (_cursor >= _columns.Length)
            throw new InvalidOperationException($"a row of {_table} got a {type} value after its last column; call EndRow");
        return (Schema.Fields[_cursor], _columns[_cursor]);
    }

    private InvalidOperationException Mismatch(ParquetField field, string type) =>
        new($"column {_table}.{field.Name} does not take a {type} value (it is {Describe(field)})");

    private static string Describe(ParquetField field) => field switch
    {
        PrimitiveField p => p.Type.ToString(),
        ListField l => $"list<{Describe(l.Element)}>",
        _ => field.GetType().Name,
    };

    private ColumnVector[] NewColumns() => Schema.Fields.Select(ColumnVectors.Create).ToArray();
}
