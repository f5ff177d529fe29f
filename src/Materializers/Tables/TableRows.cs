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
    private readonly string?[] _lastStrings;
    private string? _idScope;
    private byte[] _idScopeBytes = [];
    private byte[] _idBytes = new byte[128];
    private int _cursor;

    public TableRows(string table, ParquetSchema schema)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(table);
        _table = table;
        Schema = schema ?? throw new ArgumentNullException(nameof(schema));
        _columns = NewColumns();
        _lastStrings = new string?[_columns.Length];
    }

    public ParquetSchema Schema { get; }

    /// <summary>About how many bytes the rows held take: string bytes plus 8 per other value or list slot.</summary>
    public long BufferedBytes
    {
        get
        {
            long bytes = 0;
            foreach (var column in _columns)
                bytes += SizeOf(column);
            return bytes;
        }
    }

    /// <summary>Complete rows held (since creation or the last <see cref="TakeBatch"/>).</summary>
    public int RowCount { get; private set; }

    private static readonly int UnixEpochDay = DateOnly.FromDateTime(DateTime.UnixEpoch).DayNumber;

    public TableRows String(string? value)
    {
        var column = _cursor;
        if (Value(ParquetValueType.String, value is null) is not BinaryVector vector)
        {
            _lastStrings[column] = null;
            return this;
        }
        // Many columns repeat the same string instance row after row (an experiment's id, its basis set): its bytes
        // are copied from the previous slot instead of being encoded again.
        if (ReferenceEquals(value, _lastStrings[column]) && vector.Count > 0)
            vector.Append(vector[vector.Count - 1]);
        else
            vector.AppendString(value!);
        _lastStrings[column] = value;
        return this;
    }

    /// <summary>
    /// The string <c>{scope}{infix}{index}</c> (a row id such as <c>…_param_3</c>, the number in the invariant
    /// culture), written as UTF-8 without building the string; the scope is encoded once while it stays the same.
    /// </summary>
    public TableRows ScopedId(string scope, string infix, int index)
    {
        ArgumentNullException.ThrowIfNull(scope);
        ArgumentNullException.ThrowIfNull(infix);
        var column = _cursor;
        var vector = (BinaryVector)Value(ParquetValueType.String, isNull: false)!;
        _lastStrings[column] = null;
        if (!ReferenceEquals(scope, _idScope))
        {
            _idScopeBytes = System.Text.Encoding.UTF8.GetBytes(scope);
            _idScope = scope;
        }
        var length = _idScopeBytes.Length + System.Text.Encoding.UTF8.GetByteCount(infix) + 11;
        if (_idBytes.Length < length)
            _idBytes = new byte[Math.Max(length, 2 * _idBytes.Length)];
        var written = _idScopeBytes.Length;
        _idScopeBytes.CopyTo(_idBytes, 0);
        written += System.Text.Encoding.UTF8.GetBytes(infix, _idBytes.AsSpan(written));
        System.Buffers.Text.Utf8Formatter.TryFormat(index, _idBytes.AsSpan(written), out var digits);
        vector.Append(_idBytes.AsSpan(0, written + digits));
        return this;
    }

    public TableRows Int(int? value)
    {
        if (Value(ParquetValueType.Int32, value is null) is { } vector)
            ((PrimitiveVector<int>)vector).Append(value!.Value);
        return this;
    }

    public TableRows Long(long? value)
    {
        if (Value(ParquetValueType.Int64, value is null) is { } vector)
            ((PrimitiveVector<long>)vector).Append(value!.Value);
        return this;
    }

    public TableRows Double(double? value)
    {
        if (Value(ParquetValueType.Double, value is null) is { } vector)
            ((PrimitiveVector<double>)vector).Append(value!.Value);
        return this;
    }

    public TableRows Boolean(bool? value)
    {
        if (Value(ParquetValueType.Boolean, value is null) is { } vector)
            ((PrimitiveVector<bool>)vector).Append(value!.Value);
        return this;
    }

    public TableRows Date(DateOnly? value)
    {
        if (Value(ParquetValueType.Date, value is null) is { } vector)
            ((PrimitiveVector<int>)vector).Append(value!.Value.DayNumber - UnixEpochDay);
        return this;
    }

    /// <summary>An instant, stored as microseconds since the Unix epoch (UTC).</summary>
    public TableRows Timestamp(DateTimeOffset? value)
    {
        if (Value(ParquetValueType.TimestampMicros, value is null) is { } vector)
            ((PrimitiveVector<long>)vector).Append((value!.Value.UtcTicks - DateTimeOffset.UnixEpoch.UtcTicks) / TimeSpan.TicksPerMicrosecond);
        return this;
    }

    public TableRows Strings(IReadOnlyList<string>? values)
    {
        if (List(ParquetValueType.String, values is null) is { } list)
        {
            var elements = (BinaryVector)list.Elements;
            list.BeginList();
            foreach (var value in values!)
                elements.AppendString(value);
            list.EndList();
        }
        return this;
    }

    public TableRows Longs(IReadOnlyList<long>? values)
    {
        if (List(ParquetValueType.Int64, values is null) is { } list)
        {
            var elements = (PrimitiveVector<long>)list.Elements;
            list.BeginList();
            foreach (var value in values!)
                elements.Append(value);
            list.EndList();
        }
        return this;
    }

    public TableRows Doubles(IReadOnlyList<double>? values)
    {
        if (List(ParquetValueType.Double, values is null) is { } list)
        {
            var elements = (PrimitiveVector<double>)list.Elements;
            list.BeginList();
            foreach (var value in values!)
                elements.Append(value);
            list.EndList();
        }
        return this;
    }

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

    /// <summary>
    /// Checks that the next column takes a <paramref name="type"/> value and moves past it; returns its vector for the
    /// value to be appended to, or null when a null was appended instead.
    /// </summary>
    private ColumnVector? Value(ParquetValueType type, bool isNull)
    {
        var (field, vector) = Next(type);
        if (field is not PrimitiveField primitive || primitive.Type != type)
            throw Mismatch(field, type.ToString());
        if (isNull)
        {
            AppendNull(field, vector);
            return null;
        }
        _cursor++;
        return vector;
    }

    /// <summary>Like <see cref="Value"/> for a list column of <paramref name="elementType"/> values.</summary>
    private ListVector? List(ParquetValueType elementType, bool isNull)
    {
        var (field, vector) = Next(elementType, list: true);
        if (field is not ListField { Element: PrimitiveField element } || element.Type != elementType)
            throw Mismatch(field, $"list<{elementType}>");
        if (isNull)
        {
            AppendNull(field, vector);
            return null;
        }
        _cursor++;
        return (ListVector)vector;
    }

    private TableRows AppendNull(ParquetField field, ColumnVector vector)
    {
        if (!field.Nullable)
            throw new InvalidOperationException($"column {_table}.{field.Name} is required but got null");
        vector.AppendNull();
        _cursor++;
        return this;
    }

    /// <summary>
    /// Takes back the vectors of a batch from <see cref="TakeBatch"/> once it has been written, so that the next
    /// rows reuse their storage; the batch must not be read afterwards (it appears empty).
    /// </summary>
    public void Recycle(RecordBatch batch)
    {
        ArgumentNullException.ThrowIfNull(batch);
        if (!ReferenceEquals(batch.Schema, Schema) || RowCount != 0 || _cursor != 0)
            return;
        foreach (var column in batch.Columns)
            column.Clear();
        _columns = [.. batch.Columns];
    }

    private (ParquetField Field, ColumnVector Vector) Next(ParquetValueType type, bool list = false)
    {
        if (_cursor >= _columns.Length)
            throw PastLastColumn(list ? $"list<{type}>" : type.ToString());
        return (Schema.Fields[_cursor], _columns[_cursor]);
    }

    private (ParquetField Field, ColumnVector Vector) Next(string type)
    {
        if (_cursor >= _columns.Length)
            throw PastLastColumn(type);
        return (Schema.Fields[_cursor], _columns[_cursor]);
    }

    private InvalidOperationException PastLastColumn(string type) =>
        new($"a row of {_table} got a {type} value after its last column; call EndRow");

    private InvalidOperationException Mismatch(ParquetField field, string type) =>
        new($"column {_table}.{field.Name} does not take a {type} value (it is {Describe(field)})");

    private static long SizeOf(ColumnVector vector) => vector switch
    {
        BinaryVector strings => strings.Values.TotalBytes + 4L * strings.Count,
        ListVector lists => 8L * lists.Count + SizeOf(lists.Elements),
        _ => 8L * vector.Count,
    };

    private static string Describe(ParquetField field) => field switch
    {
        PrimitiveField p => p.Type.ToString(),
        ListField l => $"list<{Describe(l.Element)}>",
        _ => field.GetType().Name,
    };

    private ColumnVector[] NewColumns() => Schema.Fields.Select(ColumnVectors.Create).ToArray();
}
