namespace Lineage.Lakehouse.Iceberg.Tables;

/// <summary>A branch or tag cannot be created or resolved (unknown snapshot, name taken, unknown name).</summary>
public sealed class TableRefException(string location, string message)
    : Exception($"table {location}: {message}")
{
    public string Location { get; } = location;
}
