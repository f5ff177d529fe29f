namespace Lineage.Lakehouse.Parquet;

public enum PredicateOperator
{
    Equal,
    LessThan,
    GreaterThan,
    Between,
    IsNull,
}
