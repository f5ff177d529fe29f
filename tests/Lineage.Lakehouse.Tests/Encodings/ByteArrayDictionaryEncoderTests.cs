using Lineage.Lakehouse.Parquet.Encodings;

namespace Lineage.Lakehouse.Tests.Encodings;

public class ByteArrayDictionaryEncoderTests
{
    [Fact]
    public void Byte_strings_are_numbered_in_the_order_first_seen()
    {
        var dictionary = new ByteArrayDictionaryEncoder();
        Assert.Equal(0, dictionary.GetOrAdd("b"u8));
        Assert.Equal(1, dictionary.GetOrAdd("a"u8));
        Assert.Equal(2, dictionary.GetOrAdd([]));
        Assert.Equal(0, dictionary.GetOrAdd("b"u8));
        Assert.Equal(2, dictionary.GetOrAdd([]));
        Assert.Equal("a"u8.ToArray(), dictionary[1].ToArray());
    }

    [Fact]
    public void The_dictionary_page_is_the_plain_byte_arrays_in_index_order()
    {
        var dictionary = new ByteArrayDictionaryEncoder();
        dictionary.GetOrAdd("xy"u8);
        dictionary.GetOrAdd("z"u8);
        dictionary.GetOrAdd("xy"u8);
        var page = Encoded.By(dictionary.WriteDictionaryPage);
        Assert.Equal(Encoded.Hex("02000000 7879 01000000 7A"), page);
        Assert.Equal(page.Length, dictionary.EncodedByteSize);
    }

    [Fact]
    public void A_fixed_length_dictionary_page_holds_the_bare_values()
    {
        var dictionary = new ByteArrayDictionaryEncoder(fixedLength: 2);
        dictionary.GetOrAdd([1, 2]);
        dictionary.GetOrAdd([3, 4]);
        var page = Encoded.By(dictionary.WriteDictionaryPage);
        Assert.Equal(Encoded.Hex("0102 0304"), page);
        Assert.Equal(4, dictionary.EncodedByteSize);
        Assert.Throws<ArgumentException>(() => dictionary.GetOrAdd([1]));
    }

    [Fact]
    public void Many_distinct_strings_keep_their_indices_as_the_table_grows()
    {
        var dictionary = new ByteArrayDictionaryEncoder();
        Span<byte> text = stackalloc byte[16];
        for (var i = 0; i < 50_000; i++)
        {
            i.TryFormat(text, out var length);
            Assert.Equal(i, dictionary.GetOrAdd(text[..length]));
        }
        for (var i = 0; i < 50_000; i += 11)
        {
            i.TryFormat(text, out var length);
            Assert.Equal(i, dictionary.GetOrAdd(text[..length]));
        }
    }

    [Fact]
    public void TryGetOrAdd_refuses_a_value_that_would_pass_the_size_limit()
    {
        var dictionary = new ByteArrayDictionaryEncoder(maxEncodedByteSize: 10);
        Assert.True(dictionary.TryGetOrAdd("abc"u8, out _));
        Assert.False(dictionary.TryGetOrAdd("def"u8, out var refused));
        Assert.Equal(-1, refused);
        Assert.True(dictionary.TryGetOrAdd("abc"u8, out var known));
        Assert.Equal(0, known);
        Assert.Equal(7, dictionary.EncodedByteSize);
    }

    [Fact]
    public void Clear_starts_a_new_dictionary()
    {
        var dictionary = new ByteArrayDictionaryEncoder();
        dictionary.GetOrAdd("a"u8);
        dictionary.Clear();
        Assert.Equal(0, dictionary.Count);
        Assert.Equal(0, dictionary.GetOrAdd("b"u8));
    }
}
