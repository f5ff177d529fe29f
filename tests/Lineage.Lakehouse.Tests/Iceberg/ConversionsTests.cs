using Lineage.Lakehouse.Iceberg;
using Lineage.Lakehouse.Iceberg.Schemas;
using Lineage.Lakehouse.Iceberg.Values;

namespace Lineage.Lakehouse.Tests.Iceberg;

public class ConversionsTests
{
    public static TheoryData<string, object, string> Encodings => new()
    {
        { "boolean", true, "01" },
        { "boolean", false, "00" },
        { "int", 1, "01000000" },
        { "int", -2, "FEFFFFFF" },
        { "long", 1L, "0100000000000000" },
        { "long", -1L, "FFFFFFFFFFFFFFFF" },
        { "float", 1.0f, "0000803F" },
        { "double", 1.0, "000000000000F03F" },
        { "double", -2.5, "00000000000004C0" },
        { "date", new DateOnly(1970, 1, 2), "01000000" },
        { "date", new DateOnly(2026, 11, 20), "29510000" },
        { "time", 1_000_000L, "40420F0000000000" },
        { "timestamp", 1L, "0100000000000000" },
        { "timestamptz", 1_795_000_000_000_000L, "00305F018B600600" },
        { "string", "sto3g", "73746F3367" },
        { "string", "é", "C3A9" },
        { "uuid", Guid.Parse("f79c3e09-677c-4dbc-a1a6-3f1e2d1a5b4c"), "F79C3E09677C4DBCA1A63F1E2D1A5B4C" },
        { "fixed[3]", new byte[] { 1, 2, 3 }, "010203" },
        { "binary", new byte[] { 0xFF, 0 }, "FF00" },
        { "decimal(9, 2)", 1.00m, "64" },
        { "decimal(9, 2)", -1.00m, "9C" },
        { "decimal(9, 2)", 1.28m, "0080" },
        { "decimal(38, 0)", 0m, "00" },
        { "decimal(10, 4)", 123.4567m, "12D687" },
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void Single_values_serialize_as_appendix_D_says(string type, object value, string hex)
    {
        var primitive = IcebergSchemaTestTypes.Primitive(type);

        var bytes = Conversions.ToBytes(primitive, value);

        Assert.Equal(hex, Convert.ToHexString(bytes));
        var back = Conversions.FromBytes(primitive, bytes);
        Assert.Equal(Conversions.ToBytes(primitive, back), bytes);
    }

    [Fact]
    public void Dates_accept_days_since_epoch_and_read_back_as_DateOnly()
    {
        Assert.Equal(new DateOnly(1969, 12, 31), Conversions.FromBytes(IcebergType.Date, Conversions.ToBytes(IcebergType.Date, -1)));
    }

    [Fact]
    public void Timestamptz_accepts_DateTimeOffset_as_microseconds_since_epoch()
    {
        var moment = new DateTimeOffset(1970, 1, 1, 1, 0, 0, TimeSpan.FromHours(1));

        Assert.Equal(0L, Conversions.FromBytes(IcebergType.TimestampTz, Conversions.ToBytes(IcebergType.TimestampTz, moment)));
    }

    [Fact]
    public void Bounds_of_a_column_promoted_from_int_read_as_long()
    {
        Assert.Equal(7L, Conversions.FromBytes(IcebergType.Long, Conversions.ToBytes(IcebergType.Int, 7)));
    }

    [Fact]
    public void Wrong_length_is_a_format_error_naming_the_type()
    {
        var error = Assert.Throws<IcebergFormatException>(() => Conversions.FromBytes(IcebergType.Long, new byte[3]));
        Assert.Contains("long", error.Message);
    }

    [Fact]
    public void A_decimal_with_more_digits_than_its_scale_is_refused()
    {
        Assert.Throws<IcebergFormatException>(() => Conversions.ToBytes(IcebergType.Decimal(9, 2), 1.005m));
    }

    [Fact]
    public void A_value_of_the_wrong_type_is_refused()
    {
        var error = Assert.Throws<IcebergFormatException>(() => Conversions.ToBytes(IcebergType.Int, "seven"));
        Assert.Contains("int", error.Message);
    }
}
