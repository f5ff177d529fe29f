using Avro;

namespace Lineage.Lakehouse.Iceberg.AvroFiles;

/// <summary>
/// Walks the values of one uncompressed block by the writer's schema without building them, refusing every length,
/// count, union branch, enum symbol or nesting the bytes cannot hold. Apache.Avro allocates by lengths and counts
/// it reads (a string or bytes value, an array block, a fixed), so a block goes to it only once it passed this walk.
/// The walk visits at most a fixed number of values per byte, so a schema of values that take no bytes (nulls,
/// empty records) cannot keep it or the library busy.
/// </summary>
internal ref struct AvroDatumCheck
{
    private const int VisitsPerByte = 8;
    private const int VisitsPerBlock = 1024;

    private AvroCursor _cursor;
    private long _visitsLeft;

    private AvroDatumCheck(ReadOnlySpan<byte> block)
    {
        _cursor = new AvroCursor(block);
        _visitsLeft = (long)block.Length * VisitsPerByte + VisitsPerBlock;
    }

    /// <exception cref="InvalidDataException">The block does not hold exactly <paramref name="count"/> sound values of <paramref name="schema"/>.</exception>
    public static void Block(Schema schema, ReadOnlySpan<byte> block, long count)
    {
        var check = new AvroDatumCheck(block);
        for (long i = 0; i < count; i++)
            check.Value(schema, 0);
        if (!check._cursor.AtEnd)
            throw check._cursor.Error($"{check._cursor.Remaining} bytes follow its {count} values");
    }

    private void Value(Schema schema, int depth)
    {
        if (--_visitsLeft < 0)
            throw _cursor.Error("it holds more values than its size allows");
        if (depth > AvroFileLimits.MaxDepth)
            throw _cursor.Error($"its values nest deeper than {AvroFileLimits.MaxDepth} levels");
        switch (schema)
        {
            case PrimitiveSchema primitive:
                Primitive(primitive.Tag);
                break;
            case LogicalSchema logical:
                Value(logical.BaseSchema, depth);
                break;
            case RecordSchema record:
                foreach (var field in record.Fields)
                    Value(field.Schema, depth + 1);
                break;
            case FixedSchema fixedSchema:
                _cursor.Take(fixedSchema.Size);
                break;
            case EnumSchema enumSchema:
                Index(enumSchema.Count, "enum symbol");
                break;
            case UnionSchema union:
                Value(union[Index(union.Count, "union branch")], depth + 1);
                break;
            case ArraySchema array:
                for (var n = _cursor.ReadBlockCount(); n != 0; n = _cursor.ReadBlockCount())
                {
                    for (long i = 0; i < n; i++)
                        Value(array.ItemSchema, depth + 1);
                }
                break;
            case MapSchema map:
                for (var n = _cursor.ReadBlockCount(); n != 0; n = _cursor.ReadBlockCount())
                {
                    for (long i = 0; i < n; i++)
                    {
                        _cursor.Take(_cursor.ReadLength());
                        Value(map.ValueSchema, depth + 1);
                    }
                }
                break;
            default:
                throw _cursor.Error($"the schema type {schema.Tag} is not supported");
        }
    }

    private void Primitive(Schema.Type type)
    {
        switch (type)
        {
            case Schema.Type.Null:
                break;
            case Schema.Type.Boolean:
                if (_cursor.ReadByte() > 1)
                    throw _cursor.Error($"the boolean at byte {_cursor.Position - 1} is neither 0 nor 1");
                break;
            case Schema.Type.Int:
                _cursor.ReadInt();
                break;
            case Schema.Type.Long:
                _cursor.ReadLong();
                break;
            case Schema.Type.Float:
                _cursor.Take(sizeof(float));
                break;
            case Schema.Type.Double:
                _cursor.Take(sizeof(double));
                break;
            case Schema.Type.Bytes or Schema.Type.String:
                _cursor.Take(_cursor.ReadLength());
                break;
            default:
                throw _cursor.Error($"the primitive type {type} is not supported");
        }
    }

    private int Index(int count, string what)
    {
        var start = _cursor.Position;
        var index = _cursor.ReadInt();
        return index >= 0 && index < count ? index : throw _cursor.Error($"the {what} {index} at byte {start} does not exist; there are {count}");
    }
}
