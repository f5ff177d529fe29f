using System.Globalization;
using System.Numerics;

namespace Lineage.Lakehouse.Parquet.Data;

/// <summary>Conversions between unscaled decimal integers and .NET values or exact text.</summary>
public static class DecimalText
{
    /// <summary>The exact text with <paramref name="scale"/> fractional digits, e.g. <c>-12.30</c>.</summary>
    public static string Format(Int128 unscaled, int scale)
    {
        var negative = unscaled < 0;
        var digits = BigInteger.Abs((BigInteger)unscaled).ToString(CultureInfo.InvariantCulture).PadLeft(scale + 1, '0');
        var text = scale == 0 ? digits : digits[..^scale] + "." + digits[^scale..];
        return negative ? "-" + text : text;
    }

    /// <summary>A System.Decimal when it fits exactly (28 digits), otherwise the exact text.</summary>
    public static object ToValue(Int128 unscaled, int scale)
    {
        var text = Format(unscaled, scale);
        return decimal.TryParse(text, NumberStyles.Number, CultureInfo.InvariantCulture, out var value) && value.Scale == scale
            ? value
            : text;
    }

    public static Int128 Unscaled(object value, int scale)
    {
        var text = value switch
        {
            decimal d => d.ToString(CultureInfo.InvariantCulture),
            string s => s,
            _ => Convert.ToDecimal(value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture),
        };
        var negative = text.StartsWith('-');
        var parts = text.TrimStart('-', '+').Split('.');
        var fraction = parts.Length > 1 ? parts[1] : "";
        if (fraction.Length > scale && fraction[scale..].Any(c => c != '0'))
            throw new ArgumentException($"Decimal {text} has more than {scale} fractional digits.");
        var digits = parts[0] + fraction.PadRight(scale, '0')[..scale];
        var unscaled = (Int128)BigInteger.Parse(digits, CultureInfo.InvariantCulture);
        return negative ? -unscaled : unscaled;
    }
}
