using System.Collections;
using Lineage.Lakehouse.Avro.Schemas;
using Lineage.Lakehouse.Avro.Values;

namespace Lineage.Lakehouse.Avro.Binary;

/// <summary>
/// Encodes one value of a schema from the generic representation (see <see cref="AvroDatumReader"/>). Integers
/// widen or narrow when the value fits (an int for a long field, a long that fits for an int field), float widens to
/// double, arrays accept any list or sequence, maps any string-keyed dictionary, enums a symbol string, fixed a byte
/// array of the right size. For a union the branch is chosen by the value's type:
/// null for the null branch, a record, enum or fixed value for the branch of its name, then the closest primitive.
/// </summary>
public static class AvroDatumWriter
{
    /// <exception cref="AvroValueException">The value does not fit the schema; the message names where.</exception>
    public static void Write(AvroBinaryWriter writer, AvroSchema schema, object? value)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(schema);
        try
        {
            Write(writer, schema, value, 0);
        }
        catch (AvroValueException e) when (schema is AvroRecordSchema record)
        {
            throw new AvroValueException(e.Problem, e.Path.Length == 0 ? record.Name : $"{record.Name}.{e.Path}");
        }
    }

    private static void Write(AvroBinaryWriter writer, AvroSchema schema, object? value, int depth)
    {
        if (depth >= AvroDatumReader.MaxDepth)
            throw new AvroValueException($"the value is nested more than {AvroDatumReader.MaxDepth} levels deep (a cycle?)", "");
        switch (schema.Kind)
        {
            case AvroSchemaKind.Null:
                if (value is not null)
                    throw Mismatch(schema, value);
                break;
            case AvroSchemaKind.Boolean:
                writer.WriteBoolean(value is bool b ? b : throw Mismatch(schema, value));
                break;
            case AvroSchemaKind.Int:
                writer.WriteInt(AvroValueConversions.TryGetInteger(value, out var i) && i is >= int.MinValue and <= int.MaxValue
                    ? (int)i
                    : throw Mismatch(schema, value));
                break;
            case AvroSchemaKind.Long:
                writer.WriteLong(AvroValueConversions.TryGetInteger(value, out var l) ? l : throw Mismatch(schema, value));
                break;
            case AvroSchemaKind.Float:
                writer.WriteFloat(AvroValueConversions.TryGetFloat(value, out var f) ? f : throw Mismatch(schema, value));
                break;
            case AvroSchemaKind.Double:
                writer.WriteDouble(AvroValueConversions.TryGetDouble(value, out var d) ? d : throw Mismatch(schema, value));
                break;
            case AvroSchemaKind.Bytes:
                writer.WriteBytes(AvroValueConversions.TryGetBytes(value, out var bytes) ? bytes.Span : throw Mismatch(schema, value));
                break;
            case AvroSchemaKind.String:
                writer.WriteString(value as string ?? throw Mismatch(schema, value));
                break;
            default:
                WriteComplex(writer, schema, value, depth);
                break;
        }
    }

    private static void WriteComplex(AvroBinaryWriter writer, AvroSchema schema, object? value, int depth)
    {
        switch (schema)
        {
            case AvroRecordSchema record:
                WriteRecord(writer, record, value as AvroRecord ?? throw Mismatch(schema, value), depth);
                break;
            case AvroEnumSchema @enum:
                writer.WriteInt(EnumIndex(@enum, value));
                break;
            case AvroFixedSchema @fixed:
                writer.WriteFixed(FixedBytes(@fixed, value));
                break;
            case AvroArraySchema array:
                WriteArray(writer, array, value, depth);
                break;
            case AvroMapSchema map:
                WriteMap(writer, map, value, depth);
                break;
            case AvroUnionSchema union:
                var branch = AvroUnionBranch.Select(union, value);
                if (branch < 0)
                    throw new AvroValueException(
                        $"a value of type {value?.GetType().Name ?? "null"} fits none of the union's branches [{string.Join(", ", union.Branches.Select(Describe))}]",
                        "");
                writer.WriteInt(branch);
                Write(writer, union.Branches[branch], value, depth + 1);
                break;
        }
    }

    private static void WriteRecord(AvroBinaryWriter writer, AvroRecordSchema schema, AvroRecord record, int depth)
    {
        if (record.Schema.FullName != schema.FullName)
            throw new AvroValueException($"a record {record.Schema.FullName} was given where {schema.FullName} is expected", "");
        var sameSchema = ReferenceEquals(record.Schema, schema);
        for (var i = 0; i < schema.Fields.Count; i++)
        {
            var field = schema.Fields[i];
            object? fieldValue;
            if (sameSchema)
                fieldValue = record[i];
            else if (!record.TryGetValue(field.Name, out fieldValue))
                throw new AvroValueException($"the record has no field '{field.Name}'", "");
            try
            {
                Write(writer, field.Type, fieldValue, depth + 1);
            }
            catch (AvroValueException e)
            {
                throw new AvroValueException(e.Problem, Join(field.Name, e.Path));
            }
        }
    }

    private static void WriteArray(AvroBinaryWriter writer, AvroArraySchema schema, object? value, int depth)
    {
        if (value is null or string or IDictionary || value is not IEnumerable sequence)
            throw Mismatch(schema, value);
        var items = sequence as ICollection ?? sequence.Cast<object?>().ToList();
        if (items.Count > 0)
        {
            writer.WriteLong(items.Count);
            var index = 0;
            foreach (var item in items)
            {
                try
                {
                    Write(writer, schema.Items, item, depth + 1);
                }
                catch (AvroValueException e)
                {
                    throw new AvroValueException(e.Problem, $"[{index}]{Separated(e.Path)}");
                }
                index++;
            }
        }
        writer.WriteLong(0);
    }

    private static void WriteMap(AvroBinaryWriter writer, AvroMapSchema schema, object? value, int depth)
    {
        var entries = AvroValueConversions.TryGetMapEntries(value, out var found) ? found : throw Mismatch(schema, value);
        if (entries.Count > 0)
        {
            writer.WriteLong(entries.Count);
            foreach (var (key, entryValue) in entries)
            {
                writer.WriteString(key);
                try
                {
                    Write(writer, schema.Values, entryValue, depth + 1);
                }
                catch (AvroValueException e)
                {
                    throw new AvroValueException(e.Problem, $"[{key}]{Separated(e.Path)}");
                }
            }
        }
        writer.WriteLong(0);
    }

    private static int EnumIndex(AvroEnumSchema schema, object? value)
    {
        switch (value)
        {
            case AvroEnumValue enumValue when enumValue.Schema.FullName == schema.FullName:
                return ReferenceEquals(enumValue.Schema, schema) ? enumValue.Index : SymbolIndex(schema, enumValue.Symbol);
            case string symbol:
                return SymbolIndex(schema, symbol);
            default:
                throw Mismatch(schema, value);
        }
    }

    private static int SymbolIndex(AvroEnumSchema schema, string symbol) =>
        schema.IndexOf(symbol) is var index and >= 0
            ? index
            : throw new AvroValueException(
                $"'{symbol}' is not a symbol of enum {schema.FullName} ({string.Join(", ", schema.Symbols)})", "");

    private static ReadOnlySpan<byte> FixedBytes(AvroFixedSchema schema, object? value)
    {
        var bytes = value switch
        {
            AvroFixed f when f.Schema.FullName == schema.FullName => f.Bytes,
            _ when AvroValueConversions.TryGetBytes(value, out var memory) => memory.ToArray(),
            _ => throw Mismatch(schema, value),
        };
        if (bytes.Length != schema.Size)
            throw new AvroValueException($"fixed {schema.FullName} holds {schema.Size} bytes, not {bytes.Length}", "");
        return bytes;
    }

    private static AvroValueException Mismatch(AvroSchema schema, object? value) =>
        new($"expected {Describe(schema)} but got {(value is null ? "null" : $"a value of type {value.GetType().Name}")}", "");

    private static string Describe(AvroSchema schema) =>
        schema is AvroNamedSchema named ? $"{AvroTypeNames.Of(schema.Kind)} {named.FullName}" : AvroTypeNames.Of(schema.Kind);

    private static string Join(string fieldName, string innerPath) =>
        innerPath.Length == 0 ? fieldName : innerPath.StartsWith('[') ? fieldName + innerPath : $"{fieldName}.{innerPath}";

    private static string Separated(string innerPath) =>
        innerPath.Length == 0 || innerPath.StartsWith('[') ? innerPath : "." + innerPath;
}
