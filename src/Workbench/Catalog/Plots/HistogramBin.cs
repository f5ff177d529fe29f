namespace Lineage.Workbench.Catalog.Plots;

/// <summary>A bin of a histogram: values in [Lower, Upper) (the last bin also holds Upper) and how many there are.</summary>
public sealed record HistogramBin(double Lower, double Upper, int Count)
{
    public string Label => Lower == Upper ? Format(Lower) : $"{Format(Lower)} – {Format(Upper)}";

    private static string Format(double value) => value.ToString("G4", System.Globalization.CultureInfo.InvariantCulture);
}
