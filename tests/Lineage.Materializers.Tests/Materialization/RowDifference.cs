using System.Text;
using System.Text.Json;

namespace Lineage.Materializers.Tests.Materialization;

/// <summary>What differs between two ordinally sorted lists of row lines, counted as multisets, in words.</summary>
public static class RowDifference
{
    private const int RowsShown = 3;

    /// <summary>Null when both hold the same lines, otherwise the counts and the first lines only one side holds.</summary>
    public static string? Describe(string table, IReadOnlyList<string> expected, IReadOnlyList<string> actual)
    {
        var (missing, unexpected) = Split(expected, actual);
        if (missing.Count == 0 && unexpected.Count == 0)
            return null;
        var message = new StringBuilder()
            .AppendLine($"{table}: {expected.Count} rows expected, {actual.Count} materialized; " +
                        $"{missing.Count} expected rows not materialized, {unexpected.Count} materialized rows not expected.");
        for (var i = 0; i < Math.Min(RowsShown, Math.Max(missing.Count, unexpected.Count)); i++)
        {
            message.AppendLine($"expected: {(i < missing.Count ? missing[i] : "(none)")}");
            message.AppendLine($"actual:   {(i < unexpected.Count ? unexpected[i] : "(none)")}");
            if (i < missing.Count && i < unexpected.Count)
                message.AppendLine($"columns that differ: {string.Join(", ", DifferingColumns(missing[i], unexpected[i]))}");
        }
        return message.ToString();
    }

    private static IEnumerable<string> DifferingColumns(string expectedLine, string actualLine)
    {
        using var expected = JsonDocument.Parse(expectedLine);
        using var actual = JsonDocument.Parse(actualLine);
        var actualColumns = actual.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetRawText());
        var expectedColumns = expected.RootElement.EnumerateObject().ToDictionary(p => p.Name, p => p.Value.GetRawText());
        return expectedColumns.Keys.Union(actualColumns.Keys)
            .Where(name => expectedColumns.GetValueOrDefault(name) != actualColumns.GetValueOrDefault(name))
            .ToList();
    }

    private static (List<string> Missing, List<string> Unexpected) Split(IReadOnlyList<string> expected, IReadOnlyList<string> actual)
    {
        List<string> missing = [], unexpected = [];
        int e = 0, a = 0;
        while (e < expected.Count || a < actual.Count)
        {
            var order = e == expected.Count ? 1 : a == actual.Count ? -1 : string.CompareOrdinal(expected[e], actual[a]);
            if (order == 0) { e++; a++; }
            else if (order < 0) missing.Add(expected[e++]);
            else unexpected.Add(actual[a++]);
        }
        return (missing, unexpected);
    }
}
