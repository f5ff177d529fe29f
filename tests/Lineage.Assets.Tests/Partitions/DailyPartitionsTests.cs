using Lineage.Assets.Partitions;

namespace Lineage.Assets.Tests.Partitions;

public class DailyPartitionsTests
{
    private static readonly DailyPartitions FromMidNovember = new(new DateOnly(2026, 11, 18));
    private static readonly DailyPartitions FromEarly2026 = new(new DateOnly(2026, 1, 1));

    private static IReadOnlyList<string> Range(string text) => FromEarly2026.GetKeysInRange(PartitionKeyRange.Parse(text));

    [Fact]
    public void A_range_crosses_a_month_boundary()
    {
        Assert.Equal(["2026-01-30", "2026-01-31", "2026-02-01", "2026-02-02"], Range("2026-01-30...2026-02-02"));
        Assert.Equal(["2026-04-30", "2026-05-01"], Range("2026-04-30...2026-05-01"));
    }

    [Fact]
    public void A_range_crosses_a_year_boundary()
    {
        Assert.Equal(["2026-12-30", "2026-12-31", "2027-01-01", "2027-01-02"], Range("2026-12-30...2027-01-02"));
    }

    [Fact]
    public void A_leap_year_range_includes_february_29()
    {
        Assert.Equal(["2028-02-28", "2028-02-29", "2028-03-01"], Range("2028-02-28...2028-03-01"));
        Assert.Equal(["2027-02-28", "2027-03-01"], Range("2027-02-28...2027-03-01"));
    }

    [Fact]
    public void Whole_years_have_365_or_366_keys()
    {
        Assert.Equal(365, Range("2026-01-01...2026-12-31").Count);
        Assert.Equal(366, Range("2028-01-01...2028-12-31").Count);
    }

    [Fact]
    public void February_29_is_a_key_only_in_leap_years()
    {
        Assert.True(FromEarly2026.IsValidKey("2028-02-29"));
        Assert.Equal(new DateOnly(2028, 2, 29), FromEarly2026.ParseKey("2028-02-29"));
        Assert.False(FromEarly2026.IsValidKey("2027-02-29"));
    }

    [Fact]
    public void A_single_day_range_has_one_key()
    {
        Assert.Equal(["2026-11-20"], Range("2026-11-20"));
    }

    [Theory]
    [InlineData("2026-13-01")]
    [InlineData("2026-11-31")]
    [InlineData("2026-11-5")]
    [InlineData("20261120")]
    [InlineData("2026/11/20")]
    [InlineData("2026-11-20T00:00:00")]
    [InlineData(" 2026-11-20")]
    [InlineData("yesterday")]
    [InlineData("")]
    public void A_malformed_key_is_invalid_and_named_when_parsed(string key)
    {
        Assert.False(FromMidNovember.IsValidKey(key));
        var error = Assert.Throws<PartitionKeyException>(() => FromMidNovember.ParseKey(key));
        Assert.Contains($"'{key}'", error.Message);
    }

    [Fact]
    public void A_key_before_the_first_partition_is_invalid()
    {
        Assert.False(FromMidNovember.IsValidKey("2026-11-17"));
        Assert.True(FromMidNovember.IsValidKey("2026-11-18"));
        var error = Assert.Throws<PartitionKeyException>(() =>
            FromMidNovember.GetKeysInRange(PartitionKeyRange.Parse("2026-11-10...2026-11-20")));
        Assert.Contains("before the first partition 2026-11-18", error.Message);
    }

    [Fact]
    public void A_reversed_range_is_rejected_naming_the_range()
    {
        var error = Assert.Throws<PartitionKeyException>(() => Range("2027-01-02...2026-12-30"));

        Assert.Contains("'2027-01-02...2026-12-30' ends before it starts", error.Message);
    }

    [Fact]
    public void A_range_with_a_malformed_end_is_rejected()
    {
        Assert.Throws<PartitionKeyException>(() => Range("2026-11-20...2026-11-32"));
    }

    [Fact]
    public void GetKeys_lists_every_day_from_the_start_up_to_the_given_day()
    {
        Assert.Empty(FromMidNovember.GetKeys(new DateOnly(2026, 11, 17)));
        Assert.Equal(["2026-11-18"], FromMidNovember.GetKeys(new DateOnly(2026, 11, 18)));
        var keys = FromMidNovember.GetKeys(new DateOnly(2027, 1, 1));
        Assert.Equal(45, keys.Count);
        Assert.Equal("2027-01-01", keys[^1]);
    }

    [Fact]
    public void KeyFor_uses_the_utc_date_of_a_moment()
    {
        var lateEveningInNewYork = new DateTimeOffset(2026, 12, 31, 20, 30, 0, TimeSpan.FromHours(-5));
        var earlyMorningInTokyo = new DateTimeOffset(2026, 1, 1, 3, 0, 0, TimeSpan.FromHours(9));

        Assert.Equal("2027-01-01", DailyPartitions.KeyFor(lateEveningInNewYork));
        Assert.Equal("2025-12-31", DailyPartitions.KeyFor(earlyMorningInTokyo));
    }

    [Fact]
    public void The_description_names_the_first_day()
    {
        Assert.Equal("daily from 2026-11-18", FromMidNovember.Description);
    }
}
