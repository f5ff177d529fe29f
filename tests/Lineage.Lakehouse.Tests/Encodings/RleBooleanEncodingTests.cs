using Lineage.Lakehouse.Parquet.Encodings;

namespace Lineage.Lakehouse.Tests.Encodings;

public class RleBooleanEncodingTests
{
    [Fact]
    public void Booleans_are_bit_width_1_runs_behind_a_length()
    {
        var bytes = Encoded.By(output => RleBooleanEncoding.Encode([true, false, true, true, false, false, false, true], output));
        Assert.Equal(Encoded.Hex("02 00 00 00 03 8D"), bytes);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(1)]
    [InlineData(9)]
    [InlineData(3000)]
    public void Booleans_round_trip(int count)
    {
        var values = Enumerable.Range(0, count).Select(i => i < count / 2 ? i % 3 == 0 : true).ToArray();
        var bytes = Encoded.By(output => RleBooleanEncoding.Encode(values, output));
        var decoded = new bool[count];
        Assert.Equal(bytes.Length, RleBooleanEncoding.Decode(bytes, decoded));
        Assert.Equal(values, decoded);
    }

    [Fact]
    public void Too_few_booleans_raise_a_format_error()
    {
        var bytes = Encoded.By(output => RleBooleanEncoding.Encode(new bool[8], output));
        Assert.Throws<EncodingFormatException>(() => RleBooleanEncoding.Decode(bytes, new bool[9]));
    }
}
