using Lineage.Materializers.Raw;

namespace Lineage.Materializers.Tests.Raw;

public class RawFileNameTests
{
    [Fact]
    public void Parses_counter_and_landing_moment_from_the_name()
    {
        Assert.True(RawFileName.TryParse("17-1794960000123456789.json", out var name));

        Assert.Equal(17, name.Counter);
        Assert.Equal(1794960000123456789, name.UnixNanos);
        Assert.Equal(new DateTimeOffset(2026, 11, 18, 0, 0, 0, TimeSpan.Zero).AddTicks(1234567), name.LandedAt);
        Assert.Equal(TimeSpan.Zero, name.LandedAt.Offset);
        Assert.Equal("2026-11-18", name.PartitionKey);
    }

    [Fact]
    public void Partition_is_the_utc_day_of_landing()
    {
        var lastNanoOfDay = new DateTimeOffset(2026, 11, 19, 0, 0, 0, TimeSpan.Zero).ToUnixTimeMilliseconds() * 1_000_000 - 1;

        Assert.Equal("2026-11-18", new RawFileName(0, lastNanoOfDay).PartitionKey);
        Assert.Equal("2026-11-19", new RawFileName(0, lastNanoOfDay + 1).PartitionKey);
    }

    [Theory]
    [InlineData(0, 0, "0-0.json")]
    [InlineData(42, 1795046400000000000, "42-1795046400000000000.json")]
    [InlineData(long.MaxValue, long.MaxValue, "9223372036854775807-9223372036854775807.json")]
    public void Formats_and_parses_back_to_the_same_name(long counter, long nanos, string text)
    {
        var name = new RawFileName(counter, nanos);

        Assert.Equal(text, name.ToString());
        Assert.Equal(name, RawFileName.Parse(text));
    }

    [Theory]
    [InlineData("")]
    [InlineData("12-1795046400000000000")]
    [InlineData("12-1795046400000000000.JSON")]
    [InlineData("12-1795046400000000000.json.tmp")]
    [InlineData(".12-1795046400000000000.json.tmp")]
    [InlineData("12.json")]
    [InlineData("-12-1795046400000000000.json")]
    [InlineData("12--1795046400000000000.json")]
    [InlineData("+12-1795046400000000000.json")]
    [InlineData("12-+1795046400000000000.json")]
    [InlineData("1a-1795046400000000000.json")]
    [InlineData("12-17950464000x0000000.json")]
    [InlineData(" 12-1795046400000000000.json")]
    [InlineData("12-1795046400000000000 .json")]
    [InlineData("12-1795046400000000000-3.json")]
    [InlineData("012-1795046400000000000.json")]
    [InlineData("12-01795046400000000000.json")]
    [InlineData("-.json")]
    [InlineData("12-.json")]
    [InlineData("9223372036854775808-1795046400000000000.json")]
    [InlineData("12-9223372036854775808.json")]
    [InlineData("12-99999999999999999999999.json")]
    [InlineData("１２-1795046400000000000.json")]
    [InlineData("experiment.vqe/12-1795046400000000000.json")]
    public void Rejects_names_that_are_not_counter_dash_unix_nanos_dot_json(string text)
    {
        Assert.False(RawFileName.TryParse(text, out _));
        var error = Assert.Throws<FormatException>(() => RawFileName.Parse(text));
        Assert.Contains($"'{text}'", error.Message);
    }

    [Fact]
    public void Rejects_null()
    {
        Assert.False(RawFileName.TryParse(null, out _));
    }

    [Fact]
    public void Refuses_negative_numbers_when_constructed()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => new RawFileName(-1, 0));
        Assert.Throws<ArgumentOutOfRangeException>(() => new RawFileName(0, -1));
    }
}
