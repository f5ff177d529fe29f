namespace Lineage.Lakehouse.Iceberg.Tables;

/// <summary>No table metadata was found at a location.</summary>
public sealed class TableNotFoundException(string location)
    : Exception($"no Iceberg table at {location}: {location}/metadata holds no v<N>.metadata.json; create the table first or check the location")
{
    public string Location { get; } = location;
}
