namespace Lineage.Materializers.Tables.Ml;

/// <summary>Floating-point division where a null or zero denominator (or a null numerator) gives null, never NaN or ∞.</summary>
internal static class Ratio
{
    public static double? Of(double? numerator, double? denominator) =>
        numerator is { } n && denominator is { } d && d != 0.0 ? n / d : null;
}
