using System.Collections;
using System.Globalization;
using System.Runtime.CompilerServices;
using Avro;
using Avro.Generic;

namespace Lineage.Lakehouse.Iceberg.Manifests;

/// <summary>
/// Reads fields of Avro records by their Iceberg <c>field-id</c> rather than by name, so that files written with
/// other names (v1 manifests, older writers) read the same; and builds the nested Avro values manifests use.
/// </summary>
internal static class AvroFieldValues
{
    private static readonly ConditionalWeakTable<RecordSchema, Dictionary<int, int>> PositionsById = [];

    /// <summary>The value of the field with <paramref name="fieldId"/>, or null when the record has no such field.</summary>
    public static object? Get(GenericRecord record, int fieldId) =>
        PositionsById.GetValue(record.Schema, Positions).TryGetValue(fieldId, out var position) ? record.GetValue(position) : null;

    public static long? Long(GenericRecord record, int fieldId, string what) => Get(record, fieldId) switch
    {
        null => null,
        long l => l,
        int i => i,
        var other => throw Wrong(what, other),
    };

    public static int? Int(GenericRecord record, int fieldId, string what) => Get(record, fieldId) switch
    {
        null => null,
        int i => i,
        long l when l is >= int.MinValue and <= int.MaxValue => (int)l,
        var other => throw Wrong(what, other),
    };

    public static long RequiredLong(GenericRecord record, int fieldId, string what) =>
        Long(record, fieldId, what) ?? throw new IcebergFormatException($"{what} is missing");

    public static string RequiredString(GenericRecord record, int fieldId, string what) =>
        Get(record, fieldId) as string ?? throw new IcebergFormatException($"{what} is missing or not a string");

    public static byte[]? Bytes(GenericRecord record, int fieldId, string what) => Get(record, fieldId) switch
    {
        null => null,
        byte[] bytes => bytes,
        GenericFixed f => f.Value,
        var other => throw Wrong(what, other),
    };

    /// <summary>An int-keyed map, written as an array of key/value records (or, by some writers, a string-keyed map).</summary>
    public static Dictionary<int, T>? IntMap<T>(GenericRecord record, int fieldId, string what, Func<object?, T> value)
    {
        var raw = Get(record, fieldId);
        if (raw is null)
            return null;
        var result = new Dictionary<int, T>();
        switch (raw)
        {
            case IDictionary<string, object> stringKeyed:
                foreach (var (key, v) in stringKeyed)
                    result[int.TryParse(key, CultureInfo.InvariantCulture, out var k) ? k : throw new IcebergFormatException($"{what} has a non-integer key '{key}'")] = value(v);
                break;
            case IEnumerable entries:
                foreach (var entry in entries)
                {
                    if (entry is not GenericRecord { Schema.Count: >= 2 } pair || pair.GetValue(0) is not int key)
                        throw new IcebergFormatException($"{what} holds an entry that is not a key/value record");
                    result[key] = value(pair.GetValue(1));
                }
                break;
            default:
                throw Wrong(what, raw);
        }
        return result;
    }

    public static List<T>? List<T>(GenericRecord record, int fieldId, string what, Func<object?, T> item) => Get(record, fieldId) switch
    {
        null => null,
        IEnumerable items and not string and not byte[] => items.Cast<object?>().Select(item).ToList(),
        var other => throw Wrong(what, other),
    };

    /// <summary>The record schema of a field, inside an optional, array or logical wrapper (for building values of nested records).</summary>
    public static RecordSchema NestedRecord(RecordSchema parent, string fieldName) =>
        NestedRecord(parent[fieldName]?.Schema ?? throw new InvalidOperationException($"{parent.Name} has no field {fieldName}."));

    public static GenericRecord[]? IntMapToAvro<T>(RecordSchema entrySchema, IReadOnlyDictionary<int, T>? map) =>
        map?.OrderBy(e => e.Key).Select(e => Record(entrySchema, e.Key, e.Value)).ToArray();

    /// <summary>A record of <paramref name="schema"/> with <paramref name="values"/> in field order.</summary>
    public static GenericRecord Record(RecordSchema schema, params object?[] values)
    {
        var record = new GenericRecord(schema);
        for (var i = 0; i < values.Length; i++)
            record.Add(i, values[i]);
        return record;
    }

    private static RecordSchema NestedRecord(Schema schema) => schema switch
    {
        RecordSchema record => record,
        UnionSchema union => NestedRecord(union.Schemas.Single(branch => branch.Tag != Schema.Type.Null)),
        ArraySchema array => NestedRecord(array.ItemSchema),
        LogicalSchema logical => NestedRecord(logical.BaseSchema),
        _ => throw new InvalidOperationException($"No record inside {schema}."),
    };

    private static Dictionary<int, int> Positions(RecordSchema schema)
    {
        var positions = new Dictionary<int, int>();
        foreach (var field in schema.Fields)
        {
            if (int.TryParse(field.GetProperty("field-id"), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var id))
                positions.TryAdd(id, field.Pos);
        }
        return positions;
    }

    private static IcebergFormatException Wrong(string what, object? value) =>
        new($"{what} has a value of unexpected type {value?.GetType().Name ?? "null"}");
}
