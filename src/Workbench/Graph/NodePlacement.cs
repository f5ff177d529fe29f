namespace Lineage.Workbench.Graph;

/// <summary>Where a node ended up: its layer (column) and its top-left corner and size.</summary>
public sealed record NodePlacement(string Id, string Group, int Layer, double X, double Y, double Width, double Height)
{
    public double CenterY => Y + Height / 2;

    public double Right => X + Width;

    public double Bottom => Y + Height;
}
