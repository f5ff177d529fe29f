using System.Collections;

namespace Lineage.Lakehouse.Avro.Binary;

/// <summary>Which .NET values the writer accepts for each Avro type, and how they convert without loss.</summary>
internal static class AvroValueConversions
{
    public static bool TryGetInteger(object? value, out long result)
    {
        switch (value)
        {
            case int i: result = i; return true;
            case long l: result = l; return true;
            case short s: result = s; return true;
            case byte b: result = b; return true;
            case sbyte sb: result = sb; return true;
            case ushort us: result = us; return true;
            case uint ui: result = ui; return true;
            case ulong ul when ul <= long.MaxValue: result = (long)ul; return true;
            default: result = 0; return false;
        }
    }

    public static bool IsInteger(object? value) => TryGetInteger(value, out _);

    public static bool TryGetFloat(object? value, out float result)
    {
        switch (value)
        {
            case float f: result = f; return true;
            case double d when (double)(float)d == d || double.IsNaN(d): result = (float)d; return true;
            case int or short or byte or sbyte or ushort when TryGetInteger(value, out var i) && (long)(float)i == i:
                result = i;
                return true;
            default: result = 0; return false;
        }
    }

    public static bool TryGetDouble(object? value, out double result)
    {
        switch (value)
        {
            case double d: result = d; return true;
            case float f: result = f; return true;
            case int i: result = i; return true;
            case long l when (long)(double)l == l && l != long.MaxValue: result = l; return true;
            case short or byte or sbyte or ushort or uint when TryGetInteger(value, out var n): result = n; return true;
            default: result = 0; return false;
        }
    }

    public static bool TryGetBytes(object? value, out ReadOnlyMemory<byte> result)
    {
        switch (value)
        {
            case byte[] array: result = array; return true;
            case ReadOnlyMemory<byte> memory: result = memory; return true;
            case Memory<byte> memory: result = memory; return true;
            case ArraySegment<byte> segment: result = segment; return true;
            default: result = default; return false;
        }
    }

    public static bool IsMap(object? value) =>
        value is IDictionary or IEnumerable<KeyValuePair<string, object?>>;

    public static bool IsArray(object? value) =>
        value is IEnumerable and not (string or byte[] or IDictionary) && !IsMap(value);

    /// <summary>The entries of a string-keyed dictionary, whatever its value type.</summary>
    public static bool TryGetMapEntries(object? value, out IReadOnlyCollection<KeyValuePair<string, object?>> entries)
    {
        switch (value)
        {
            case IReadOnlyCollection<KeyValuePair<string, object?>> typed:
                entries = typed;
                return true;
            case IEnumerable<KeyValuePair<string, object?>> sequence:
                entries = sequence.ToList();
                return true;
            case IDictionary dictionary:
                var list = new List<KeyValuePair<string, object?>>(dictionary.Count);
                foreach (DictionaryEntry entry in dictionary)
                {
                    if (entry.Key is not string key)
                    {
                        entries = [];
                        return false;
                    }
                    list.Add(new KeyValuePair<string, object?>(key, entry.Value));
                }
                entries = list;
                return true;
            default:
                entries = [];
                return false;
        }
    }
}
