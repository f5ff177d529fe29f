namespace Lineage.Lakehouse.Parquet.Schema;

/// <summary>How a decimal of a given precision is stored: INT32 up to 9 digits, INT64 up to 18, else the minimal fixed width.</summary>
public static class DecimalLayout
{
    public static int ByteWidth(int precision)
    {
        // The smallest n with 2^(8n-1) > 10^precision.
        for (var bytes = 1; bytes <= 16; bytes++)
        {
            if ((8 * bytes - 1) * Math.Log10(2) > precision)
                return bytes;
        }
        return 16;
    }
}
