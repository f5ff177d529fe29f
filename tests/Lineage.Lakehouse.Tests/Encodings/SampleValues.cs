namespace Lineage.Lakehouse.Tests.Encodings;

/// <summary>Value sequences that exercise the edges of the encodings: lengths around groups and blocks, runs, extremes.</summary>
internal static class SampleValues
{
    public static readonly int[] Lengths = [0, 1, 7, 8, 9, 31, 32, 33, 127, 128, 129, 1000, 1025];

    /// <summary>Named sequences of <paramref name="length"/> values between <paramref name="min"/> and <paramref name="max"/>.</summary>
    public static IEnumerable<(string Name, long[] Values)> Sequences(int length, long min, long max)
    {
        var random = new Random(length * 31 + (int)(max & 0x7FFF));
        var range = (ulong)max - (ulong)min + 1; // 0 for the whole 64-bit range
        long Wrap(ulong offset) => range == 0 ? (long)((ulong)min + offset) : (long)((ulong)min + offset % range);
        yield return ("all equal", Fill(length, _ => max));
        yield return ("all min", Fill(length, _ => min));
        yield return ("alternating", Fill(length, i => i % 2 == 0 ? min : max));
        yield return ("ascending", Fill(length, i => Wrap((ulong)i)));
        yield return ("random", Fill(length, _ => Wrap((ulong)random.NextInt64() ^ ((ulong)random.NextInt64() << 1))));
        yield return ("runs", Fill(length, i => (i / 13) % 2 == 0 ? max : (i % 3 == 0 ? min : Wrap(range / 2))));
    }

    private static long[] Fill(int length, Func<int, long> value)
    {
        var values = new long[length];
        for (var i = 0; i < length; i++)
            values[i] = value(i);
        return values;
    }
}
