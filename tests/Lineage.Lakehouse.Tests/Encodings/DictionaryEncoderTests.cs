using Lineage.Lakehouse.Parquet.Encodings;

namespace Lineage.Lakehouse.Tests.Encodings;

public class DictionaryEncoderTests
{
    [Fact]
    public void Values_are_numbered_in_the_order_first_seen()
    {
        var dictionary = new DictionaryEncoder<int>();
        int[] indices = [.. new[] { 30, 10, 30, 20, 10 }.Select(dictionary.GetOrAdd)];
        Assert.Equal([0, 1, 0, 2, 1], indices);
        Assert.Equal([30, 10, 20], dictionary.Values.ToArray());
        Assert.Equal(3, dictionary.Count);
    }

    [Fact]
    public void Zero_and_negative_zero_are_distinct_entries()
    {
        var dictionary = new DictionaryEncoder<double>();
        Assert.Equal(0, dictionary.GetOrAdd(0.0));
        Assert.Equal(1, dictionary.GetOrAdd(-0.0));
        Assert.Equal(0, dictionary.GetOrAdd(0.0));
    }

    [Fact]
    public void NaNs_are_equal_only_with_the_same_payload()
    {
        var dictionary = new DictionaryEncoder<float>();
        var quiet = float.NaN;
        var payload = BitConverter.Int32BitsToSingle(0x7FC0_0001);
        Assert.Equal(0, dictionary.GetOrAdd(quiet));
        Assert.Equal(1, dictionary.GetOrAdd(payload));
        Assert.Equal(0, dictionary.GetOrAdd(quiet));
        Assert.Equal(1, dictionary.GetOrAdd(payload));
    }

    [Fact]
    public void The_dictionary_page_is_the_plain_values_in_index_order()
    {
        var dictionary = new DictionaryEncoder<long>();
        foreach (var value in new long[] { 5, -1, 5, long.MaxValue })
            dictionary.GetOrAdd(value);
        var page = Encoded.By(dictionary.WriteDictionaryPage);
        Assert.Equal(Encoded.By(output => PlainEncoder.Write([5L, -1L, long.MaxValue], output)), page);
        Assert.Equal(page.Length, dictionary.EncodedByteSize);
    }

    [Fact]
    public void Many_distinct_values_keep_their_indices_as_the_table_grows()
    {
        var dictionary = new DictionaryEncoder<long>();
        for (var i = 0; i < 100_000; i++)
            Assert.Equal(i, dictionary.GetOrAdd(i * 1_000_003L));
        for (var i = 0; i < 100_000; i += 7)
            Assert.Equal(i, dictionary.GetOrAdd(i * 1_000_003L));
        Assert.Equal(800_000, dictionary.EncodedByteSize);
    }

    [Fact]
    public void TryGetOrAdd_refuses_a_new_value_past_the_size_limit_but_finds_known_ones()
    {
        var dictionary = new DictionaryEncoder<int>(maxEncodedByteSize: 8);
        Assert.True(dictionary.TryGetOrAdd(1, out _));
        Assert.True(dictionary.TryGetOrAdd(2, out _));
        Assert.False(dictionary.TryGetOrAdd(3, out var refused));
        Assert.Equal(-1, refused);
        Assert.True(dictionary.TryGetOrAdd(2, out var known));
        Assert.Equal(1, known);
        Assert.Equal(2, dictionary.Count);
    }

    [Fact]
    public void The_default_limit_is_one_mebibyte() =>
        Assert.Equal(1 << 20, new DictionaryEncoder<double>().MaxEncodedByteSize);

    [Fact]
    public void Clear_starts_a_new_dictionary()
    {
        var dictionary = new DictionaryEncoder<int>();
        dictionary.GetOrAdd(4);
        dictionary.GetOrAdd(5);
        dictionary.Clear();
        Assert.Equal(0, dictionary.GetOrAdd(5));
        Assert.Equal(1, dictionary.Count);
    }

    [Fact]
    public void Only_parquet_number_types_are_supported() =>
        Assert.Throws<NotSupportedException>(() => new DictionaryEncoder<short>());
}
