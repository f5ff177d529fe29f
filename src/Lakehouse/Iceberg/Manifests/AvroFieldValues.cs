using System.Collections;
using Lineage.Lakehouse.Avro.Schemas;
using Lineage.Lakehouse.Avro.Values;

namespace Lineage.Lakehouse.Iceberg.Manifests;

/// <summary>
/// Reads fields of Avro records by their Iceberg <c>field-id</c> rather than by name, so that files written with
/// other names (v1 manifests, older writers) read the same; and builds the nested Avro values manifests use.
/// </summary>
internal static class AvroFieldValues
{
    /// <summary>The value of the field with <paramref name="fieldId"/>, or null when the record has no such field.</summary>
    public static object? Get(AvroRecord record, int fieldId)
    {
        var fields = record.Schema.Fields;
        for (var i = 0; i < fields.Count; i++)
        {
            if (FieldId(fields[i]) == fieldId)
                return record[i];
        }
        return null;
    }

    public static int? FieldId(AvroField field) =>
        field.Attributes.TryGetValue("field-id", out var id) && id.TryGetInt32(out var value) ? value : null;

    public static long? Long(AvroRecord record, int fieldId, string what) => Get(record, fieldId) switch
    {
        null => null,
        long l => l,
        int i => i,
        var other => throw Wrong(what, other),
    };

    public static int? Int(AvroRecord record, int fieldId, string what) => Get(record, fieldId) switch
    {
        null => null,
        int i => i,
        long l when l is >= int.MinValue and <= int.MaxValue => (int)l,
        var other => throw Wrong(what, other),
    };

    public static long RequiredLong(AvroRecord record, int fieldId, string what) =>
        Long(record, fieldId, what) ?? throw new IcebergFormatException($"{what} is missing");

    public static string RequiredString(AvroRecord record, int fieldId, string what) =>
        Get(record, fieldId) as string ?? throw new IcebergFormatException($"{what} is missing or not a string");

    public static byte[]? Bytes(AvroRecord record, int fieldId, string what) => Get(record, fieldId) switch
    {
        null => null,
        byte[] bytes => bytes,
        AvroFixed f => f.Bytes,
        var other => throw Wrong(what, other),
    };

    /// <summary>An int-keyed map, written as an array of key/value records (or, by some writers, a string-keyed map).</summary>
    public static Dictionary<int, T>? IntMap<T>(AvroRecord record, int fieldId, string what, Func<object?, T> value)
    {
        var raw = Get(record, fieldId);
        if (raw is null)
            return null;
        var result = new Dictionary<int, T>();
        switch (raw)
        {
            case IDictionary<string, object?> stringKeyed:
                foreach (var (key, v) in stringKeyed)
                    result[int.TryParse(key, out var k) ? k : throw new IcebergFormatException($"{what} has a non-integer key '{key}'")] = value(v);
                break;
            case IEnumerable entries:
                foreach (var entry in entries)
                {
                    if (entry is not AvroRecord pair || pair.FieldCount < 2 || pair[0] is not int key)
                        throw new IcebergFormatException($"{what} holds an entry that is not a key/value record");
                    result[key] = value(pair[1]);
                }
                break;
            default:
                throw Wrong(what, raw);
        }
        return result;
    }

    public static List<T>? List<T>(AvroRecord record, int fieldId, string what, Func<object?, T> item) => Get(record, fieldId) switch
    {
        null => null,
        IEnumerable items and not string => items.Cast<object?>().Select(item).ToList(),
        var other => throw Wrong(what, other),
    };

    /// <summary>The record schema inside an optional/array wrapper (for building values of nested records).</summary>
    public static AvroRecordSchema NestedRecord(AvroSchema schema) => schema switch
    {
        AvroRecordSchema record => record,
        AvroUnionSchema { OptionalType: { } inner } => NestedRecord(inner),
        AvroArraySchema array => NestedRecord(array.Items),
        _ => throw new InvalidOperationException($"No record inside {schema}."),
    };

    public static List<AvroRecord>? IntMapToAvro<T>(AvroRecordSchema entrySchema, IReadOnlyDictionary<int, T>? map) =>
        map?.OrderBy(e => e.Key).Select(e => new AvroRecord(entrySchema, e.Key, e.Value)).ToList();

    private static IcebergFormatException Wrong(string what, object? value) =>
        new($"{what} has a value of unexpected type {value?.GetType().Name ?? "null"}");
}
