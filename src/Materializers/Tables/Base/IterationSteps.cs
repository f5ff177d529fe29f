using Lineage.Materializers.Raw;

namespace Lineage.Materializers.Tables.Base;

/// <summary>Which iterations of a run the iteration tables keep.</summary>
public static class IterationSteps
{
    /// <summary>
    /// The iterations to write: the first occurrence of each iteration number, in list order. A list whose numbers
    /// strictly increase (the usual case) is returned as it is.
    /// </summary>
    public static IReadOnlyList<VqeIteration> FirstOccurrences(IReadOnlyList<VqeIteration> iterations)
    {
        ArgumentNullException.ThrowIfNull(iterations);
        if (StrictlyIncreasing(iterations))
            return iterations;
        var seen = new HashSet<int>(iterations.Count);
        var kept = new List<VqeIteration>(iterations.Count);
        foreach (var iteration in iterations)
        {
            if (seen.Add(iteration.Iteration))
                kept.Add(iteration);
        }
        return kept;
    }

    private static bool StrictlyIncreasing(IReadOnlyList<VqeIteration> iterations)
    {
        for (var i = 1; i < iterations.Count; i++)
        {
            if (iterations[i].Iteration <= iterations[i - 1].Iteration)
                return false;
        }
        return true;
    }
}
