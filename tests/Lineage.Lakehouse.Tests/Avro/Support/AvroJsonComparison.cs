using System.Globalization;
using System.Text.Json;
using Lineage.Lakehouse.Avro.Schemas;
using Lineage.Lakehouse.Avro.Values;

namespace Lineage.Lakehouse.Tests.Avro.Support;

/// <summary>
/// Compares a value in our generic representation with the JSON the avsc read script prints for it (bytes as hex,
/// longs beyond 2^53 as strings, non-finite and negative-zero floats as strings), field by field.
/// </summary>
public static class AvroJsonComparison
{
    public static void AssertMatches(AvroSchema schema, object? expected, JsonElement actual, string path)
    {
        switch (schema)
        {
            case AvroRecordSchema record:
                var expectedRecord = Assert.IsType<AvroRecord>(expected);
                Assert.True(actual.ValueKind == JsonValueKind.Object, $"{path}: expected an object, got {actual}");
                Assert.Equal(record.Fields.Select(f => f.Name), actual.EnumerateObject().Select(p => p.Name));
                foreach (var field in record.Fields)
                    AssertMatches(field.Type, expectedRecord[field.Name], actual.GetProperty(field.Name), $"{path}.{field.Name}");
                break;
            case AvroUnionSchema union:
                AssertMatches(BranchOf(union, expected, path), expected, actual, path);
                break;
            case AvroArraySchema array:
                var items = ((System.Collections.IEnumerable)expected!).Cast<object?>().ToList();
                Assert.True(actual.ValueKind == JsonValueKind.Array, $"{path}: expected an array, got {actual}");
                Assert.True(items.Count == actual.GetArrayLength(), $"{path}: {items.Count} items expected, {actual.GetArrayLength()} found");
                for (var i = 0; i < items.Count; i++)
                    AssertMatches(array.Items, items[i], actual[i], $"{path}[{i}]");
                break;
            case AvroMapSchema map:
                var entries = ((System.Collections.IDictionary)expected!).Keys.Cast<string>()
                    .ToDictionary(k => k, k => ((System.Collections.IDictionary)expected)[k]);
                Assert.Equal(entries.Keys.Order(StringComparer.Ordinal), actual.EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal));
                foreach (var (key, value) in entries)
                    AssertMatches(map.Values, value, actual.GetProperty(key), $"{path}[{key}]");
                break;
            case AvroEnumSchema:
                Assert.Equal(expected is AvroEnumValue e ? e.Symbol : expected, actual.GetString());
                break;
            case AvroFixedSchema:
                Assert.Equal(Convert.ToHexStringLower(expected is AvroFixed f ? f.Bytes : (byte[])expected!), actual.GetString());
                break;
            default:
                AssertPrimitive(schema.Kind, expected, actual, path);
                break;
        }
    }

    private static void AssertPrimitive(AvroSchemaKind kind, object? expected, JsonElement actual, string path)
    {
        switch (kind)
        {
            case AvroSchemaKind.Null:
                Assert.Null(expected);
                Assert.True(actual.ValueKind == JsonValueKind.Null, $"{path}: expected null, got {actual}");
                break;
            case AvroSchemaKind.Boolean:
                Assert.True((bool)expected! == actual.GetBoolean(), $"{path}: expected {expected}, got {actual}");
                break;
            case AvroSchemaKind.Int:
                Assert.True(Convert.ToInt32(expected, CultureInfo.InvariantCulture) == actual.GetInt32(), $"{path}: expected {expected}, got {actual}");
                break;
            case AvroSchemaKind.Long:
                var actualLong = actual.ValueKind == JsonValueKind.String
                    ? long.Parse(actual.GetString()!, CultureInfo.InvariantCulture)
                    : actual.GetInt64();
                Assert.True(Convert.ToInt64(expected, CultureInfo.InvariantCulture) == actualLong, $"{path}: expected {expected}, got {actual}");
                break;
            case AvroSchemaKind.Float:
                var expectedFloat = Convert.ToSingle(expected, CultureInfo.InvariantCulture);
                Assert.True(BitConverter.SingleToInt32Bits(expectedFloat) == BitConverter.SingleToInt32Bits((float)ReadNumber(actual))
                    || (float.IsNaN(expectedFloat) && double.IsNaN(ReadNumber(actual))),
                    $"{path}: expected {expectedFloat:R}, got {actual}");
                break;
            case AvroSchemaKind.Double:
                var expectedDouble = Convert.ToDouble(expected, CultureInfo.InvariantCulture);
                Assert.True(BitConverter.DoubleToInt64Bits(expectedDouble) == BitConverter.DoubleToInt64Bits(ReadNumber(actual))
                    || (double.IsNaN(expectedDouble) && double.IsNaN(ReadNumber(actual))),
                    $"{path}: expected {expectedDouble:R}, got {actual}");
                break;
            case AvroSchemaKind.Bytes:
                Assert.Equal(Convert.ToHexStringLower((byte[])expected!), actual.GetString());
                break;
            case AvroSchemaKind.String:
                Assert.Equal((string)expected!, actual.GetString());
                break;
        }
    }

    private static double ReadNumber(JsonElement actual) => actual.ValueKind == JsonValueKind.String
        ? actual.GetString() switch
        {
            "NaN" => double.NaN,
            "Infinity" => double.PositiveInfinity,
            "-Infinity" => double.NegativeInfinity,
            "-0" => -0.0,
            var other => throw new InvalidOperationException($"Unexpected number text {other}."),
        }
        : actual.GetDouble();

    /// <summary>The branch our writer picks for <paramref name="value"/>, decided from its .NET type.</summary>
    private static AvroSchema BranchOf(AvroUnionSchema union, object? value, string path)
    {
        bool Fits(AvroSchema branch) => (branch, value) switch
        {
            ({ Kind: AvroSchemaKind.Null }, null) => true,
            (AvroNamedSchema named, AvroRecord r) => named.FullName == r.Schema.FullName,
            (AvroNamedSchema named, AvroEnumValue e) => named.FullName == e.Schema.FullName,
            (AvroEnumSchema @enum, string s) => @enum.IndexOf(s) >= 0,
            (AvroNamedSchema named, AvroFixed f) => named.FullName == f.Schema.FullName,
            ({ Kind: AvroSchemaKind.Boolean }, bool) => true,
            ({ Kind: AvroSchemaKind.Int }, int) => true,
            ({ Kind: AvroSchemaKind.Long }, long or int) => true,
            ({ Kind: AvroSchemaKind.Float }, float) => true,
            ({ Kind: AvroSchemaKind.Double }, double or float) => true,
            ({ Kind: AvroSchemaKind.String }, string) => true,
            ({ Kind: AvroSchemaKind.Bytes }, byte[]) => true,
            (AvroArraySchema, System.Collections.IList) => true,
            (AvroMapSchema, System.Collections.IDictionary) => true,
            _ => false,
        };
        return union.Branches.FirstOrDefault(Fits)
            ?? throw new Xunit.Sdk.XunitException($"{path}: no branch of the union fits {value?.GetType().Name ?? "null"}");
    }
}
