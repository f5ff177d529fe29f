namespace Lineage.Lakehouse.Iceberg.Values;

/// <summary>The bytes of a decimal stored as fixed: the smallest width that holds every value of its precision.</summary>
internal static class DecimalLayout
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
