using System.Globalization;

namespace Lineage.Workbench.Graph;

/// <summary>A cubic Bézier from (X0, Y0) to (X3, Y3) with control points (X1, Y1) and (X2, Y2).</summary>
internal readonly record struct CubicCurve(double X0, double Y0, double X1, double Y1, double X2, double Y2, double X3, double Y3)
{
    /// <summary>The smallest and largest X the curve itself reaches (not its control points).</summary>
    public (double Min, double Max) XRange => Extent(X0, X1, X2, X3);

    /// <summary>The smallest and largest Y the curve itself reaches (not its control points).</summary>
    public (double Min, double Max) YRange => Extent(Y0, Y1, Y2, Y3);

    public string ToSvgPath(double shiftX, double shiftY) => string.Create(
        CultureInfo.InvariantCulture,
        $"M {N(X0 + shiftX)} {N(Y0 + shiftY)} C {N(X1 + shiftX)} {N(Y1 + shiftY)} {N(X2 + shiftX)} {N(Y2 + shiftY)} {N(X3 + shiftX)} {N(Y3 + shiftY)}");

    private static string N(double value) => Math.Round(value, 2).ToString("0.##", CultureInfo.InvariantCulture);

    /// <summary>Extremes of one coordinate: the end points plus any turning point inside (0, 1).</summary>
    private static (double Min, double Max) Extent(double p0, double p1, double p2, double p3)
    {
        var min = Math.Min(p0, p3);
        var max = Math.Max(p0, p3);
        foreach (var t in TurningPoints(p1 - p0, p2 - p1, p3 - p2))
        {
            var value = At(p0, p1, p2, p3, t);
            min = Math.Min(min, value);
            max = Math.Max(max, value);
        }

        return (min, max);
    }

    /// <summary>Roots in (0, 1) of the derivative, which is proportional to a(1-t)² + 2b(1-t)t + ct².</summary>
    private static IEnumerable<double> TurningPoints(double a, double b, double c)
    {
        var quadratic = a - 2 * b + c;
        var linear = 2 * (b - a);
        var roots = new List<double>(2);
        if (Math.Abs(quadratic) < 1e-12)
        {
            if (Math.Abs(linear) > 1e-12)
            {
                roots.Add(-a / linear);
            }
        }
        else
        {
            var discriminant = linear * linear - 4 * quadratic * a;
            if (discriminant >= 0)
            {
                var root = Math.Sqrt(discriminant);
                roots.Add((-linear + root) / (2 * quadratic));
                roots.Add((-linear - root) / (2 * quadratic));
            }
        }

        return roots.Where(t => t > 0 && t < 1);
    }

    private static double At(double p0, double p1, double p2, double p3, double t)
    {
        var u = 1 - t;
        return u * u * u * p0 + 3 * u * u * t * p1 + 3 * u * t * t * p2 + t * t * t * p3;
    }
}
