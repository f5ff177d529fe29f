using Lineage.Lakehouse.Avro.Schemas;

namespace Lineage.Lakehouse.Avro.Values;

/// <summary>
/// A record value: its schema and one value per field, reachable by position or by field name. Field values use the
/// generic representation (null, bool, int, long, float, double, byte[], string, <see cref="AvroRecord"/>,
/// <see cref="AvroEnumValue"/>, <see cref="AvroFixed"/>, lists and string-keyed dictionaries).
/// </summary>
public sealed class AvroRecord
{
    private readonly object?[] _values;

    /// <summary>A record with every field null.</summary>
    public AvroRecord(AvroRecordSchema schema)
    {
        ArgumentNullException.ThrowIfNull(schema);
        Schema = schema;
        _values = new object?[schema.Fields.Count];
    }

    /// <summary>A record with the given field values in field order.</summary>
    public AvroRecord(AvroRecordSchema schema, params object?[] values)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(values);
        if (values.Length != schema.Fields.Count)
            throw new ArgumentException(
                $"Record {schema.FullName} has {schema.Fields.Count} fields but {values.Length} values were given.", nameof(values));
        Schema = schema;
        _values = values;
    }

    public AvroRecordSchema Schema { get; }

    public int FieldCount => _values.Length;

    public object? this[int position]
    {
        get => _values[position];
        set => _values[position] = value;
    }

    /// <exception cref="KeyNotFoundException">The record has no such field.</exception>
    public object? this[string fieldName]
    {
        get => _values[PositionOf(fieldName)];
        set => _values[PositionOf(fieldName)] = value;
    }

    /// <summary>The value of <paramref name="fieldName"/> when the record has that field.</summary>
    public bool TryGetValue(string fieldName, out object? value)
    {
        var position = Schema.IndexOf(fieldName);
        value = position >= 0 ? _values[position] : null;
        return position >= 0;
    }

    private int PositionOf(string fieldName) =>
        Schema.IndexOf(fieldName) is var position and >= 0
            ? position
            : throw new KeyNotFoundException(
                $"Record {Schema.FullName} has no field '{fieldName}'; its fields are {string.Join(", ", Schema.Fields.Select(f => f.Name))}.");

    public override string ToString() =>
        $"{Schema.FullName} {{ {string.Join(", ", Schema.Fields.Select((f, i) => $"{f.Name} = {_values[i] ?? "null"}"))} }}";
}
