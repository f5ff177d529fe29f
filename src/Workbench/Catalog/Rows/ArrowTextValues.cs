using System.Globalization;
using Apache.Arrow;
using Apache.Arrow.Arrays;

namespace Lineage.Workbench.Catalog.Rows;

/// <summary>The text of one scalar Arrow value, as the JSON rows and CSV files write it; null for a null.</summary>
public static class ArrowTextValues
{
    public static string? Scalar(IArrowArray array, Field field, int index)
    {
        if (array.IsNull(index))
            return null;
        return array switch
        {
            StringArray strings => strings.GetString(index),
            BooleanArray booleans => booleans.GetValue(index)!.Value ? "true" : "false",
            Int8Array v => Invariant(v.GetValue(index)!.Value),
            Int16Array v => Invariant(v.GetValue(index)!.Value),
            Int32Array v => Invariant(v.GetValue(index)!.Value),
            Int64Array v => Invariant(v.GetValue(index)!.Value),
            UInt8Array v => Invariant(v.GetValue(index)!.Value),
            UInt16Array v => Invariant(v.GetValue(index)!.Value),
            UInt32Array v => Invariant(v.GetValue(index)!.Value),
            UInt64Array v => Invariant(v.GetValue(index)!.Value),
            FloatArray v => float.IsFinite(v.GetValue(index)!.Value) ? v.GetValue(index)!.Value.ToString("R", CultureInfo.InvariantCulture) : NonFinite(v.GetValue(index)!.Value),
            DoubleArray v => double.IsFinite(v.GetValue(index)!.Value) ? v.GetValue(index)!.Value.ToString("R", CultureInfo.InvariantCulture) : NonFinite(v.GetValue(index)!.Value),
            Decimal128Array v => v.GetString(index),
            Decimal256Array v => v.GetString(index),
            Date32Array v => v.GetDateOnly(index)!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            Date64Array v => v.GetDateOnly(index)!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            TimestampArray v => Timestamp(v, index),
            Time32Array v => v.GetTime(index)!.Value.ToString("HH:mm:ss.fff", CultureInfo.InvariantCulture),
            Time64Array v => v.GetTime(index)!.Value.ToString("HH:mm:ss.ffffff", CultureInfo.InvariantCulture),
            FixedSizeBinaryArray v when ArrowJsonValues.IsUuid(field) => new Guid(v.GetBytes(index), bigEndian: true).ToString("D"),
            FixedSizeBinaryArray v => Convert.ToHexStringLower(v.GetBytes(index)),
            BinaryArray v => Convert.ToHexStringLower(v.GetBytes(index)),
            _ => throw new NotSupportedException($"column {field.Name}: values of Arrow type {field.DataType.Name} have no text form"),
        };
    }

    /// <summary>NaN and the infinities as JSON has no numbers for them: <c>NaN</c>, <c>Infinity</c>, <c>-Infinity</c>.</summary>
    public static string NonFinite(double value) =>
        double.IsNaN(value) ? "NaN" : value > 0 ? "Infinity" : "-Infinity";

    private static string Timestamp(TimestampArray array, int index)
    {
        var instant = array.GetTimestamp(index)!.Value;
        var type = (Apache.Arrow.Types.TimestampType)array.Data.DataType;
        return string.IsNullOrEmpty(type.Timezone)
            ? instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff", CultureInfo.InvariantCulture)
            : instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss.ffffff'Z'", CultureInfo.InvariantCulture);
    }

    private static string Invariant<T>(T value) where T : IFormattable => value.ToString(null, CultureInfo.InvariantCulture);
}
