using Xunit;

namespace Lineage.Materializers.Tests.Tables.Ml;

/// <summary>Assertions on boxed column values.</summary>
internal static class Expect
{
    public static void Close(double? expected, object? actual, string column)
    {
        if (expected is null)
        {
            Assert.True(actual is null, $"{column}: expected null, got {actual}");
            return;
        }
        var value = Assert.IsType<double>(actual);
        Assert.True(Math.Abs(value - expected.Value) <= 1e-12 * Math.Max(1.0, Math.Abs(expected.Value)),
            $"{column}: expected {expected}, got {value}");
    }

    public static void Column(IReadOnlyList<Dictionary<string, object?>> rows, string column, params double?[] expected)
    {
        Assert.Equal(expected.Length, rows.Count);
        for (var i = 0; i < expected.Length; i++)
            Close(expected[i], rows[i][column], $"{column}[{i}]");
    }

    public static void NoNaNOrInfinity(IEnumerable<Dictionary<string, object?>> rows)
    {
        foreach (var row in rows)
            foreach (var (column, value) in row)
                Assert.False(value is double d && !double.IsFinite(d), $"{column} is {value}");
    }
}
