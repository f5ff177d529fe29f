namespace Lineage.Materializers.Generation;

/// <summary>
/// xoshiro256** (Blackman and Vigna), our own implementation so generated data never changes with the runtime's
/// <see cref="Random"/>. Every derived value uses only +, −, ×, ÷ and square roots, which IEEE 754 fixes exactly,
/// so a seed gives the same numbers on every platform.
/// </summary>
internal sealed class RandomSource
{
    private ulong _s0, _s1, _s2, _s3;

    private RandomSource(ulong seed)
    {
        var state = seed;
        _s0 = SplitMix64.Next(ref state);
        _s1 = SplitMix64.Next(ref state);
        _s2 = SplitMix64.Next(ref state);
        _s3 = SplitMix64.Next(ref state);
    }

    /// <summary>An independent stream for one item (e.g. one run) of a seeded data set.</summary>
    public static RandomSource ForStream(long seed, long stream) =>
        new(SplitMix64.Mix(unchecked((ulong)seed)) ^ SplitMix64.Mix(unchecked((ulong)stream + 0x632BE59BD9B4E019UL)));

    public ulong NextUInt64()
    {
        unchecked
        {
            var result = RotateLeft(_s1 * 5, 7) * 9;
            var t = _s1 << 17;
            _s2 ^= _s0;
            _s3 ^= _s1;
            _s1 ^= _s2;
            _s0 ^= _s3;
            _s2 ^= t;
            _s3 = RotateLeft(_s3, 45);
            return result;
        }
    }

    /// <summary>Uniform in [0, 1), 53 random bits.</summary>
    public double NextDouble() => (NextUInt64() >> 11) * (1.0 / (1UL << 53));

    public double Uniform(double min, double max) => min + (max - min) * NextDouble();

    /// <summary>Uniform whole number in [<paramref name="min"/>, <paramref name="maxExclusive"/>).</summary>
    public int NextInt(int min, int maxExclusive)
    {
        if (maxExclusive <= min)
            throw new ArgumentOutOfRangeException(nameof(maxExclusive), $"Empty range [{min}, {maxExclusive}).");
        return min + (int)(NextDouble() * ((long)maxExclusive - min));
    }

    public bool Chance(double probability) => NextDouble() < probability;

    public double Sign() => Chance(0.5) ? 1.0 : -1.0;

    /// <summary>Approximately standard normal: the Irwin–Hall sum of twelve uniforms, shifted to mean 0 (bounded by ±6).</summary>
    public double Gaussian()
    {
        var sum = 0.0;
        for (var i = 0; i < 12; i++)
            sum += NextDouble();
        return sum - 6.0;
    }

    public T Pick<T>(IReadOnlyList<T> items) => items[NextInt(0, items.Count)];

    public T PickWeighted<T>(IReadOnlyList<(T Item, int Weight)> items)
    {
        var total = items.Sum(i => i.Weight);
        var roll = NextInt(0, total);
        foreach (var (item, weight) in items)
        {
            if (roll < weight) return item;
            roll -= weight;
        }
        return items[^1].Item;
    }

    private static ulong RotateLeft(ulong value, int bits) => (value << bits) | (value >> (64 - bits));
}
