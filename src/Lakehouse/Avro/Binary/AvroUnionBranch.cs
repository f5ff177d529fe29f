using Lineage.Lakehouse.Avro.Schemas;
using Lineage.Lakehouse.Avro.Values;

namespace Lineage.Lakehouse.Avro.Binary;

/// <summary>Picks the union branch a value is written with, from the value's .NET type.</summary>
internal static class AvroUnionBranch
{
    /// <summary>The branch position for <paramref name="value"/>, or -1 when no branch fits.</summary>
    public static int Select(AvroUnionSchema union, object? value) => value switch
    {
        null => union.NullIndex,
        AvroRecord record => Named(union, record.Schema.FullName),
        AvroEnumValue enumValue => Named(union, enumValue.Schema.FullName),
        AvroFixed fixedValue => Named(union, fixedValue.Schema.FullName),
        bool => First(union, AvroSchemaKind.Boolean),
        int or short or byte or sbyte or ushort => First(union, AvroSchemaKind.Int, AvroSchemaKind.Long, AvroSchemaKind.Double, AvroSchemaKind.Float),
        long or uint or ulong => FirstLong(union, value),
        float => First(union, AvroSchemaKind.Float, AvroSchemaKind.Double),
        double d => First(union, AvroSchemaKind.Double) is var i and >= 0 ? i
            : AvroValueConversions.TryGetFloat(d, out _) ? First(union, AvroSchemaKind.Float) : -1,
        string symbol => First(union, AvroSchemaKind.String) is var s and >= 0 ? s : EnumWithSymbol(union, symbol),
        _ when AvroValueConversions.TryGetBytes(value, out var bytes) =>
            First(union, AvroSchemaKind.Bytes) is var b and >= 0 ? b : FixedOfSize(union, bytes.Length),
        _ when AvroValueConversions.IsMap(value) => First(union, AvroSchemaKind.Map),
        _ when AvroValueConversions.IsArray(value) => First(union, AvroSchemaKind.Array),
        _ => -1,
    };

    private static int FirstLong(AvroUnionSchema union, object value)
    {
        var index = First(union, AvroSchemaKind.Long);
        if (index >= 0 || !AvroValueConversions.TryGetInteger(value, out var n))
            return index;
        return n is >= int.MinValue and <= int.MaxValue ? First(union, AvroSchemaKind.Int) : -1;
    }

    private static int First(AvroUnionSchema union, params AvroSchemaKind[] kinds)
    {
        foreach (var kind in kinds)
        {
            for (var i = 0; i < union.Branches.Count; i++)
            {
                if (union.Branches[i].Kind == kind)
                    return i;
            }
        }
        return -1;
    }

    private static int Named(AvroUnionSchema union, string fullName)
    {
        for (var i = 0; i < union.Branches.Count; i++)
        {
            if (union.Branches[i] is AvroNamedSchema named && named.FullName == fullName)
                return i;
        }
        return -1;
    }

    private static int EnumWithSymbol(AvroUnionSchema union, string symbol)
    {
        for (var i = 0; i < union.Branches.Count; i++)
        {
            if (union.Branches[i] is AvroEnumSchema @enum && @enum.IndexOf(symbol) >= 0)
                return i;
        }
        return -1;
    }

    private static int FixedOfSize(AvroUnionSchema union, int size)
    {
        for (var i = 0; i < union.Branches.Count; i++)
        {
            if (union.Branches[i] is AvroFixedSchema @fixed && @fixed.Size == size)
                return i;
        }
        return -1;
    }
}
