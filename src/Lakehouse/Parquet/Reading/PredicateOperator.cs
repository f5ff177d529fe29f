namespace Lineage.Lakehouse.Parquet.Reading;

public enum PredicateOperator
{
    Equal,
    LessThan,
    GreaterThan,
    Between,
    IsNull,
}
