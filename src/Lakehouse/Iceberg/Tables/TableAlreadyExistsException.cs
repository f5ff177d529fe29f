namespace Lineage.Lakehouse.Iceberg.Tables;

/// <summary>A table was to be created where one already exists.</summary>
public sealed class TableAlreadyExistsException(string location)
    : Exception($"an Iceberg table already exists at {location}; load it instead of creating it, or pick another location")
{
    public string Location { get; } = location;
}
