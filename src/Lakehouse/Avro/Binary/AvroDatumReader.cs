using Lineage.Lakehouse.Avro.Schemas;
using Lineage.Lakehouse.Avro.Values;

namespace Lineage.Lakehouse.Avro.Binary;

/// <summary>
/// Decodes one value of a schema into the generic representation: null, bool, int, long, float, double, byte[],
/// string, <see cref="AvroRecord"/>, <see cref="AvroEnumValue"/>, <see cref="AvroFixed"/>, <c>List&lt;object?&gt;</c>
/// for arrays, <c>Dictionary&lt;string, object?&gt;</c> for maps, and the branch's value for unions.
/// </summary>
public static class AvroDatumReader
{
    /// <summary>Deeper nesting than this is taken for hostile input rather than risk the stack.</summary>
    public const int MaxDepth = 256;

    /// <summary>Most items of zero-byte types (null, empty records) one array may claim.</summary>
    public const int MaxZeroByteItems = 1 << 20;

    public static object? Read(AvroBinaryReader reader, AvroSchema schema)
    {
        ArgumentNullException.ThrowIfNull(reader);
        ArgumentNullException.ThrowIfNull(schema);
        return Read(reader, schema, 0);
    }

    private static object? Read(AvroBinaryReader reader, AvroSchema schema, int depth)
    {
        switch (schema.Kind)
        {
            case AvroSchemaKind.Null: return null;
            case AvroSchemaKind.Boolean: return reader.ReadBoolean();
            case AvroSchemaKind.Int: return reader.ReadInt();
            case AvroSchemaKind.Long: return reader.ReadLong();
            case AvroSchemaKind.Float: return reader.ReadFloat();
            case AvroSchemaKind.Double: return reader.ReadDouble();
            case AvroSchemaKind.Bytes: return reader.ReadBytes();
            case AvroSchemaKind.String: return reader.ReadString();
        }
        if (depth >= MaxDepth)
            throw reader.Error($"values are nested more than {MaxDepth} levels deep");
        return schema switch
        {
            AvroRecordSchema record => ReadRecord(reader, record, depth),
            AvroUnionSchema union => Read(reader, union.Branches[reader.ReadIndex(union.Branches.Count, "union branch")], depth + 1),
            AvroEnumSchema @enum => @enum.Values[reader.ReadIndex(@enum.Symbols.Count, $"symbol of enum {@enum.FullName}")],
            AvroFixedSchema @fixed => new AvroFixed(@fixed, reader.ReadFixed(@fixed.Size)),
            AvroArraySchema array => ReadArray(reader, array, depth),
            AvroMapSchema map => ReadMap(reader, map, depth),
            _ => throw new ArgumentOutOfRangeException(nameof(schema), schema.Kind, "Unknown schema kind."),
        };
    }

    private static AvroRecord ReadRecord(AvroBinaryReader reader, AvroRecordSchema schema, int depth)
    {
        var values = new object?[schema.Fields.Count];
        for (var i = 0; i < values.Length; i++)
            values[i] = Read(reader, schema.Fields[i].Type, depth + 1);
        return new AvroRecord(schema, values);
    }

    private static List<object?> ReadArray(AvroBinaryReader reader, AvroArraySchema schema, int depth)
    {
        var items = new List<object?>();
        var itemSize = schema.Items.MinimumEncodedSize;
        while (ReadBlock(reader, itemSize, items.Count, "array") is var (count, byteSize, start) && count > 0)
        {
            items.EnsureCapacity(items.Count + count);
            for (var i = 0; i < count; i++)
                items.Add(Read(reader, schema.Items, depth + 1));
            CheckBlockSize(reader, byteSize, start);
        }
        return items;
    }

    private static Dictionary<string, object?> ReadMap(AvroBinaryReader reader, AvroMapSchema schema, int depth)
    {
        var entries = new Dictionary<string, object?>(StringComparer.Ordinal);
        var entrySize = 1 + schema.Values.MinimumEncodedSize;
        var total = 0;
        while (ReadBlock(reader, entrySize, total, "map") is var (count, byteSize, start) && count > 0)
        {
            entries.EnsureCapacity(total + count);
            for (var i = 0; i < count; i++)
            {
                var key = reader.ReadString();
                entries[key] = Read(reader, schema.Values, depth + 1);
            }
            total += count;
            CheckBlockSize(reader, byteSize, start);
        }
        return entries;
    }

    /// <summary>Reads a block header and checks its count against the bytes that remain.</summary>
    private static (int Count, long ByteSize, int Start) ReadBlock(AvroBinaryReader reader, int itemSize, int itemsSoFar, string what)
    {
        var countPosition = reader.Position;
        var count = reader.ReadBlockCount(out var byteSize);
        var fits = itemSize > 0
            ? count <= reader.Remaining / itemSize
            : count <= MaxZeroByteItems - itemsSoFar;
        if (!fits)
            throw reader.Error(
                itemSize > 0
                    ? $"an {what} block claims {count} items of at least {itemSize} bytes but only {reader.Remaining} bytes remain"
                    : $"an {what} claims more than {MaxZeroByteItems} items that take no bytes",
                countPosition);
        return ((int)count, byteSize, reader.Position);
    }

    private static void CheckBlockSize(AvroBinaryReader reader, long byteSize, int start)
    {
        if (byteSize >= 0 && reader.Position - start != byteSize)
            throw reader.Error($"a block announced {byteSize} bytes but its items took {reader.Position - start}", start);
    }
}
