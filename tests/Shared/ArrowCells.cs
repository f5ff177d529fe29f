using Apache.Arrow;
using Apache.Arrow.Arrays;

namespace Lineage.Testing;

/// <summary>
/// One Arrow value as a plain .NET value for assertions: numbers, strings, bools, DateOnly, DateTimeOffset (UTC
/// timestamps) or DateTime (local ones), decimals, byte arrays, lists as lists and structs as name → value maps.
/// </summary>
public static class ArrowCells
{
    public static object? Get(IArrowArray array, int index)
    {
        if (array.IsNull(index))
            return null;
        return array switch
        {
            ListArray list => Enumerable.Range(list.ValueOffsets[index], list.ValueOffsets[index + 1] - list.ValueOffsets[index])
                .Select(i => Get(list.Values, i)).ToList(),
            StructArray group => ((Apache.Arrow.Types.StructType)group.Data.DataType).Fields
                .Select((field, i) => (field.Name, Value: Get(group.Fields[i], index)))
                .ToDictionary(p => p.Name, p => p.Value),
            BooleanArray v => v.GetValue(index),
            Int32Array v => v.GetValue(index),
            Int64Array v => v.GetValue(index),
            FloatArray v => v.GetValue(index),
            DoubleArray v => v.GetValue(index),
            StringArray v => v.GetString(index),
            Date32Array v => v.GetDateOnly(index),
            TimestampArray v => string.IsNullOrEmpty(((Apache.Arrow.Types.TimestampType)v.Data.DataType).Timezone)
                ? DateTime.SpecifyKind(v.GetTimestamp(index)!.Value.UtcDateTime, DateTimeKind.Unspecified)
                : v.GetTimestamp(index),
            Decimal128Array v => v.GetValue(index),
            FixedSizeBinaryArray v => v.GetBytes(index).ToArray(),
            BinaryArray v => v.GetBytes(index).ToArray(),
            _ => throw new NotSupportedException($"no test value for Arrow arrays of type {array.Data.DataType.Name}"),
        };
    }

    /// <summary>Every row of a batch as column name → value.</summary>
    public static IEnumerable<Dictionary<string, object?>> Rows(RecordBatch batch)
    {
        for (var row = 0; row < batch.Length; row++)
            yield return batch.Schema.FieldsList.Select((field, i) => (field.Name, Value: Get(batch.Column(i), row)))
                .ToDictionary(p => p.Name, p => p.Value);
    }
}
