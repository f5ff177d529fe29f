namespace Lineage.Workbench.Hosting;

/// <summary>The <c>Lineage</c> configuration section.</summary>
public sealed class LineageOptions
{
    public const string Section = "Lineage";

    /// <summary>Raw root: a folder (relative to the working directory) or <c>s3://bucket/prefix</c>.</summary>
    public string Raw { get; set; } = "data/raw";

    /// <summary>Warehouse root: a folder (relative to the working directory) or <c>s3://bucket/prefix</c>.</summary>
    public string Warehouse { get; set; } = "data/warehouse";

    public static LineageOptions From(IConfiguration configuration) =>
        configuration.GetSection(Section).Get<LineageOptions>() ?? new LineageOptions();
}
