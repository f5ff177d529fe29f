namespace Lineage.Lakehouse.Parquet;

/// <summary>
/// A simple condition on one top-level primitive column, used to skip row groups by their statistics.
/// Values are .NET values of the column's type (int, long, double, string, DateOnly, DateTimeOffset, decimal…).
/// </summary>
public sealed record ColumnPredicate(string Column, PredicateOperator Operator, object? Value = null, object? UpperValue = null)
{
    public static ColumnPredicate Equal(string column, object value) => new(column, PredicateOperator.Equal, value);

    public static ColumnPredicate LessThan(string column, object value) => new(column, PredicateOperator.LessThan, value);

    public static ColumnPredicate GreaterThan(string column, object value) => new(column, PredicateOperator.GreaterThan, value);

    public static ColumnPredicate Between(string column, object lower, object upper) => new(column, PredicateOperator.Between, lower, upper);

    public static ColumnPredicate IsNull(string column) => new(column, PredicateOperator.IsNull);

    public override string ToString() => Operator switch
    {
        PredicateOperator.IsNull => $"{Column} is null",
        PredicateOperator.Between => $"{Column} between {Value} and {UpperValue}",
        PredicateOperator.Equal => $"{Column} = {Value}",
        PredicateOperator.LessThan => $"{Column} < {Value}",
        _ => $"{Column} > {Value}",
    };
}
