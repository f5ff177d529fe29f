namespace Lineage.Lakehouse.Parquet.Metadata;

public enum FieldRepetitionType
{
    /// <summary>Exactly one value (not null).</summary>
    Required = 0,

    /// <summary>Zero or one value (nullable).</summary>
    Optional = 1,

    /// <summary>Zero or more values.</summary>
    Repeated = 2,
}
