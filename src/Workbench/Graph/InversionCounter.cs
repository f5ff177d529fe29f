namespace Lineage.Workbench.Graph;

/// <summary>Counts pairs i &lt; j with values[i] &gt; values[j] (equal values are not inversions) by merge sort.</summary>
internal static class InversionCounter
{
    /// <remarks>Sorts <paramref name="values"/> in place; <paramref name="buffer"/> is scratch space at least as long.</remarks>
    public static int CountStrict(Span<double> values, Span<double> buffer) => SortAndCount(values, buffer, 0, values.Length);

    private static int SortAndCount(Span<double> values, Span<double> buffer, int start, int end)
    {
        if (end - start < 2)
        {
            return 0;
        }

        var middle = (start + end) / 2;
        var count = SortAndCount(values, buffer, start, middle) + SortAndCount(values, buffer, middle, end);
        int left = start, right = middle, output = start;
        while (left < middle && right < end)
        {
            if (values[right] < values[left])
            {
                count += middle - left;
                buffer[output++] = values[right++];
            }
            else
            {
                buffer[output++] = values[left++];
            }
        }

        while (left < middle)
        {
            buffer[output++] = values[left++];
        }

        while (right < end)
        {
            buffer[output++] = values[right++];
        }

        buffer[start..end].CopyTo(values[start..]);
        return count;
    }
}
