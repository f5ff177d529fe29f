using Lineage.Lakehouse.Parquet.Encodings;

namespace Lineage.Lakehouse.Tests.Encodings;

public class Int96Tests
{
    [Fact]
    public void The_unix_epoch_is_julian_day_2440588_at_midnight()
    {
        Assert.Equal(0, new Int96(0, 2_440_588).ToUnixMicroseconds());
        Assert.Equal(new Int96(0, 2_440_588), Int96.FromUnixMicroseconds(0));
    }

    [Fact]
    public void A_timestamp_converts_to_microseconds_since_the_epoch()
    {
        // 2020-01-01T12:34:56.789012345Z: Julian day 2458850, 45,296.789012345 s into the day.
        var value = new Int96(45_296_789_012_345, 2_458_850);
        var expected = new DateTimeOffset(2020, 1, 1, 12, 34, 56, TimeSpan.Zero).ToUnixTimeMilliseconds() * 1000 + 789_012;
        Assert.Equal(expected, value.ToUnixMicroseconds());
    }

    [Theory]
    [InlineData(0L)]
    [InlineData(1L)]
    [InlineData(-1L)]
    [InlineData(-86_400_000_000L)]
    [InlineData(1_700_000_000_123_456L)]
    [InlineData(-2_208_988_800_000_001L)]
    public void Microseconds_round_trip_before_and_after_the_epoch(long microseconds)
    {
        var value = Int96.FromUnixMicroseconds(microseconds);
        Assert.InRange(value.NanosOfDay, 0, 86_400_000_000_000 - 1);
        Assert.Equal(microseconds, value.ToUnixMicroseconds());
    }

    [Fact]
    public void A_julian_day_beyond_64_bit_microseconds_raises_an_overflow_naming_it()
    {
        var error = Assert.Throws<OverflowException>(() => new Int96(0, int.MaxValue).ToUnixMicroseconds());
        Assert.Contains(int.MaxValue.ToString(), error.Message);
    }
}
