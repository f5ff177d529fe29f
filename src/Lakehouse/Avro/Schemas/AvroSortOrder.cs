namespace Lineage.Lakehouse.Avro.Schemas;

/// <summary>How a record field takes part in Avro's sort order (the field's <c>order</c> attribute).</summary>
public enum AvroSortOrder
{
    Ascending,
    Descending,
    Ignore,
}
