using System.Text;
using Apache.Arrow;
using Apache.Arrow.Types;

namespace Lineage.Materializers.Tables;

/// <summary>
/// Rows of one table being built column by column with Arrow builders, in the schema's column order: each row is a
/// chain of typed appends ending in <see cref="EndRow"/> (<c>rows.String(id).Int(molecule).…EndRow()</c>). A value
/// of the wrong type, a null in a required column or a row with too few or too many values throws, naming the column.
/// </summary>
public sealed class TableRows
{
    private readonly string _table;
    private readonly IArrowArrayBuilder[] _builders;
    private readonly string?[] _lastStrings;
    private readonly byte[]?[] _lastStringBytes;
    private string? _idScope;
    private byte[] _idScopeBytes = [];
    private byte[] _idBytes = new byte[128];
    private long _bytes;
    private int _cursor;

    public TableRows(string table, Schema schema)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(table);
        _table = table;
        Schema = schema ?? throw new ArgumentNullException(nameof(schema));
        _builders = schema.FieldsList.Select(f => ArrowBuilders.For(f.DataType)).ToArray();
        _lastStrings = new string?[_builders.Length];
        _lastStringBytes = new byte[]?[_builders.Length];
    }

    public Schema Schema { get; }

    /// <summary>About how many bytes the rows held take: string bytes plus 8 per other value or list slot.</summary>
    public long BufferedBytes => _bytes;

    /// <summary>Complete rows held (since creation or the last <see cref="TakeBatch"/>).</summary>
    public int RowCount { get; private set; }

    public TableRows String(string? value)
    {
        var column = _cursor;
        if (Value<StringArray.Builder>(ArrowTypeId.String, value is null) is not { } builder)
        {
            _lastStrings[column] = null;
            return this;
        }
        // Many columns repeat the same string instance row after row (an experiment's id, its basis set): its bytes
        // are kept from the previous row instead of being encoded again.
        if (!ReferenceEquals(value, _lastStrings[column]))
        {
            _lastStringBytes[column] = Encoding.UTF8.GetBytes(value!);
            _lastStrings[column] = value;
        }
        var bytes = _lastStringBytes[column]!;
        builder.Append(bytes.AsSpan());
        _bytes += bytes.Length - 4;
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
        var builder = Value<StringArray.Builder>(ArrowTypeId.String, isNull: false)!;
        _lastStrings[column] = null;
        if (!ReferenceEquals(scope, _idScope))
        {
            _idScopeBytes = Encoding.UTF8.GetBytes(scope);
            _idScope = scope;
        }
        var length = _idScopeBytes.Length + Encoding.UTF8.GetByteCount(infix) + 11;
        if (_idBytes.Length < length)
            _idBytes = new byte[Math.Max(length, 2 * _idBytes.Length)];
        var written = _idScopeBytes.Length;
        _idScopeBytes.CopyTo(_idBytes, 0);
        written += Encoding.UTF8.GetBytes(infix, _idBytes.AsSpan(written));
        System.Buffers.Text.Utf8Formatter.TryFormat(index, _idBytes.AsSpan(written), out var digits);
        builder.Append(_idBytes.AsSpan(0, written + digits));
        _bytes += written + digits - 4;
        return this;
    }

    public TableRows Int(int? value)
    {
        Value<Int32Array.Builder>(ArrowTypeId.Int32, value is null)?.Append(value!.Value);
        return this;
    }

    public TableRows Long(long? value)
    {
        Value<Int64Array.Builder>(ArrowTypeId.Int64, value is null)?.Append(value!.Value);
        return this;
    }

    public TableRows Double(double? value)
    {
        Value<DoubleArray.Builder>(ArrowTypeId.Double, value is null)?.Append(value!.Value);
        return this;
    }

    public TableRows Boolean(bool? value)
    {
        Value<BooleanArray.Builder>(ArrowTypeId.Boolean, value is null)?.Append(value!.Value);
        return this;
    }

    public TableRows Date(DateOnly? value)
    {
        Value<Date32Array.Builder>(ArrowTypeId.Date32, value is null)?.Append(value!.Value);
        return this;
    }

    /// <summary>An instant, stored as microseconds since the Unix epoch (UTC).</summary>
    public TableRows Timestamp(DateTimeOffset? value)
    {
        Value<TimestampArray.Builder>(ArrowTypeId.Timestamp, value is null)?.Append(value!.Value);
        return this;
    }

    public TableRows Strings(IReadOnlyList<string>? values)
    {
        if (List(ArrowTypeId.String, values is null) is { } list)
        {
            var elements = (StringArray.Builder)list.ValueBuilder;
            list.Append();
            foreach (var value in values!)
            {
                elements.Append(value);
                _bytes += Encoding.UTF8.GetByteCount(value);
            }
        }
        return this;
    }

    public TableRows Longs(IReadOnlyList<long>? values)
    {
        if (List(ArrowTypeId.Int64, values is null) is { } list)
        {
            var elements = (Int64Array.Builder)list.ValueBuilder;
            list.Append();
            foreach (var value in values!)
                elements.Append(value);
            _bytes += 8L * values.Count;
        }
        return this;
    }

    public TableRows Doubles(IReadOnlyList<double>? values)
    {
        if (List(ArrowTypeId.Double, values is null) is { } list)
        {
            var elements = (DoubleArray.Builder)list.ValueBuilder;
            list.Append();
            foreach (var value in values!)
                elements.Append(value);
            _bytes += 8L * values.Count;
        }
        return this;
    }

    /// <summary>A list of lists of doubles (coordinates).</summary>
    public TableRows DoubleLists(IReadOnlyList<IReadOnlyList<double>>? values)
    {
        var field = Next(ArrowTypeId.Double, listDepth: 2);
        if (field.DataType is not ListType { ValueDataType: ListType { ValueDataType.TypeId: ArrowTypeId.Double } })
            throw Mismatch(field, Describe(ArrowTypeId.Double, listDepth: 2));
        var outer = (ListArray.Builder)_builders[_cursor];
        if (values is null)
            return AppendNull(field);
        var inner = (ListArray.Builder)outer.ValueBuilder;
        var leaves = (DoubleArray.Builder)inner.ValueBuilder;
        outer.Append();
        foreach (var list in values)
        {
            inner.Append();
            foreach (var value in list)
                leaves.Append(value);
            _bytes += 8L * (list.Count + 1);
        }
        _cursor++;
        _bytes += 8;
        return this;
    }

    /// <summary>Completes the row; every column must have received a value. Hands the rows over once they fill a batch (see <see cref="WhenFull"/>).</summary>
    public TableRows EndRow()
    {
        if (_cursor != _builders.Length)
            throw new InvalidOperationException(
                $"a row of {_table} ended after {_cursor} of its {_builders.Length} columns; next expected: {Schema.GetFieldByIndex(_cursor).Name}");
        _cursor = 0;
        RowCount++;
        if (_full is not null && (RowCount >= _fullRows || _bytes >= _fullBytes))
            _full();
        return this;
    }

    private Action? _full;
    private int _fullRows;
    private long _fullBytes;

    /// <summary>
    /// Calls <paramref name="full"/> (which takes the batch) after the row that brings the rows to <paramref name="rows"/>
    /// or to <paramref name="bytes"/>: one long raw record then fills batch after batch, never one huge batch.
    /// </summary>
    public void WhenFull(int rows, long bytes, Action full)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(rows);
        (_fullRows, _fullBytes, _full) = (rows, bytes, full ?? throw new ArgumentNullException(nameof(full)));
    }

    /// <summary>The complete rows as a batch; the builders start empty again and keep their storage for the next rows.</summary>
    public RecordBatch TakeBatch()
    {
        if (_cursor != 0)
            throw new InvalidOperationException($"a row of {_table} is half built (stopped before column {Schema.GetFieldByIndex(_cursor).Name})");
        var arrays = _builders.Select(ArrowBuilders.BuildAndClear).ToList();
        var batch = new RecordBatch(Schema, arrays, RowCount);
        RowCount = 0;
        _bytes = 0;
        return batch;
    }

    /// <summary>
    /// Checks that the next column takes a <paramref name="type"/> value and moves past it; returns its builder for the
    /// value to be appended to, or null when a null was appended instead.
    /// </summary>
    private TBuilder? Value<TBuilder>(ArrowTypeId type, bool isNull) where TBuilder : class, IArrowArrayBuilder
    {
        var field = Next(type);
        if (field.DataType.TypeId != type)
            throw Mismatch(field, Describe(type));
        if (isNull)
        {
            AppendNull(field);
            return null;
        }
        _bytes += 8;
        return (TBuilder)_builders[_cursor++];
    }

    /// <summary>Like <see cref="Value"/> for a list column of <paramref name="elementType"/> values.</summary>
    private ListArray.Builder? List(ArrowTypeId elementType, bool isNull)
    {
        var field = Next(elementType, listDepth: 1);
        if (field.DataType is not ListType list || list.ValueDataType.TypeId != elementType)
            throw Mismatch(field, Describe(elementType, listDepth: 1));
        if (isNull)
        {
            AppendNull(field);
            return null;
        }
        _bytes += 8;
        return (ListArray.Builder)_builders[_cursor++];
    }

    private TableRows AppendNull(Field field)
    {
        if (!field.IsNullable)
            throw new InvalidOperationException($"column {_table}.{field.Name} is required but got null");
        ArrowBuilders.AppendNull(_builders[_cursor]);
        _bytes += 8;
        _cursor++;
        return this;
    }

    /// <summary>The next column's field; <paramref name="type"/> (in <paramref name="listDepth"/> lists) only names the value in the error.</summary>
    private Field Next(ArrowTypeId type, int listDepth = 0)
    {
        if (_cursor >= _builders.Length)
            throw new InvalidOperationException($"a row of {_table} got a {Describe(type, listDepth)} value after its last column; call EndRow");
        return Schema.GetFieldByIndex(_cursor);
    }

    private InvalidOperationException Mismatch(Field field, string type) =>
        new($"column {_table}.{field.Name} does not take a {type} value (it is {Describe(field.DataType)})");

    private static string Describe(ArrowTypeId type) => type switch
    {
        ArrowTypeId.String => "string",
        ArrowTypeId.Int32 => "int",
        ArrowTypeId.Int64 => "long",
        ArrowTypeId.Double => "double",
        ArrowTypeId.Boolean => "boolean",
        ArrowTypeId.Date32 => "date",
        ArrowTypeId.Timestamp => "timestamptz",
        _ => type.ToString(),
    };

    private static string Describe(ArrowTypeId type, int listDepth) =>
        listDepth == 0 ? Describe(type) : $"list<{Describe(type, listDepth - 1)}>";

    private static string Describe(IArrowType type) =>
        type is ListType list ? $"list<{Describe(list.ValueDataType)}>" : Describe(type.TypeId);
}
