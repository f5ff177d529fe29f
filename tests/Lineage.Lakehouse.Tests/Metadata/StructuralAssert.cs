using System.Collections;
using System.Reflection;

namespace Lineage.Lakehouse.Tests.Metadata;

/// <summary>Compares metadata objects property by property, so a round trip is checked for every field.</summary>
public static class StructuralAssert
{
    public static void Equal(object? expected, object? actual, string path = "metadata")
    {
        if (expected is null || actual is null)
        {
            Assert.True(expected is null && actual is null, $"{path}: expected {expected ?? "null"}, got {actual ?? "null"}");
            return;
        }
        Assert.True(expected.GetType() == actual.GetType(), $"{path}: expected a {expected.GetType().Name}, got a {actual.GetType().Name}");
        switch (expected)
        {
            case string or ValueType:
                Assert.True(expected.Equals(actual), $"{path}: expected {expected}, got {actual}");
                return;
            case byte[] bytes:
                Assert.True(bytes.AsSpan().SequenceEqual((byte[])actual), $"{path}: the bytes differ");
                return;
            case IList list:
                var other = (IList)actual;
                Assert.True(list.Count == other.Count, $"{path}: expected {list.Count} elements, got {other.Count}");
                for (var i = 0; i < list.Count; i++)
                    Equal(list[i], other[i], $"{path}[{i}]");
                return;
        }
        foreach (var property in Properties(expected))
            Equal(property.GetValue(expected), property.GetValue(actual), $"{path}.{property.Name}");
    }

    /// <summary>Fails when any property, at any depth, is null or an empty list: the sample must exercise every field.</summary>
    public static void FullyPopulated(object value, string path = "metadata")
    {
        switch (value)
        {
            case string or ValueType:
                return;
            case byte[] bytes:
                Assert.True(bytes.Length > 0, $"{path} is empty");
                return;
            case IList list:
                Assert.True(list.Count > 0, $"{path} is empty");
                for (var i = 0; i < list.Count; i++)
                    FullyPopulated(list[i]!, $"{path}[{i}]");
                return;
        }
        foreach (var property in Properties(value))
        {
            var propertyValue = property.GetValue(value);
            Assert.True(propertyValue is not null, $"{path}.{property.Name} is not set");
            FullyPopulated(propertyValue, $"{path}.{property.Name}");
        }
    }

    private static IEnumerable<PropertyInfo> Properties(object value) =>
        value.GetType().GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0);
}
