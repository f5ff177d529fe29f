namespace Lineage.Assets.Graph;

/// <summary>Suggests known names a few edits away from a mistyped one (case-insensitive Levenshtein distance).</summary>
internal static class CloseMatches
{
    public const int DefaultLimit = 3;

    public static IReadOnlyList<string> Find(string wanted, IEnumerable<string> known, int limit = DefaultLimit) =>
        Find(wanted, known.Select(name => (name, name)), limit);

    /// <summary>Compares <paramref name="wanted"/> with each candidate's text and returns the displays of the nearest ones.</summary>
    public static IReadOnlyList<string> Find(
        string wanted, IEnumerable<(string Text, string Display)> candidates, int limit = DefaultLimit)
    {
        var target = wanted.ToLowerInvariant();
        // About one typo per three characters, but never so many that unrelated names qualify.
        var threshold = Math.Clamp(target.Length / 3, 1, 3);
        return candidates
            .Select(c => (c.Display, Distance: Distance(target, c.Text.ToLowerInvariant())))
            .Where(c => c.Distance <= threshold)
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Display, StringComparer.Ordinal)
            .Select(c => c.Display)
            .Distinct()
            .Take(limit)
            .ToList();
    }

    public static int Distance(string a, string b)
    {
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
            previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
            {
                var substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
                current[j] = Math.Min(substitution, Math.Min(previous[j] + 1, current[j - 1] + 1));
            }
            (previous, current) = (current, previous);
        }
        return previous[b.Length];
    }
}
