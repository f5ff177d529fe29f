using Lineage.Lakehouse.Iceberg.Manifests;
using Lineage.Lakehouse.Iceberg.Schemas;
using Lineage.Lakehouse.Iceberg.Values;
using Lineage.Lakehouse.Parquet;

namespace Lineage.Lakehouse.Iceberg.Tables;

/// <summary>Decides from a data file's column metrics that no row can satisfy a predicate; anything unknown keeps the file.</summary>
internal static class ColumnBounds
{
    public static bool MayMatch(DataFile file, IcebergSchema schema, IReadOnlyList<ColumnPredicate> predicates) =>
        predicates.All(p => MayMatch(file, schema, p));

    private static bool MayMatch(DataFile file, IcebergSchema schema, ColumnPredicate predicate)
    {
        var field = schema.FindField(predicate.Column);
        if (field?.Type is not PrimitiveType type)
            return true;
        var nulls = file.NullValueCounts?.GetValueOrDefault(field.Id, -1) ?? -1;
        var values = file.ValueCounts?.GetValueOrDefault(field.Id, -1) ?? -1;
        if (predicate.Operator == PredicateOperator.IsNull)
            return nulls != 0;
        if (nulls >= 0 && nulls == values)
            return false;
        if (file.LowerBounds?.GetValueOrDefault(field.Id) is not { } lowerBytes || file.UpperBounds?.GetValueOrDefault(field.Id) is not { } upperBytes)
            return true;
        try
        {
            var lower = Conversions.FromBytes(type, lowerBytes);
            var upper = Conversions.FromBytes(type, upperBytes);
            if (IsNaN(lower) || IsNaN(upper))
                return true;
            int Compare(object? value, object bound) => IcebergValue.Compare(type, value!, bound);
            return predicate.Operator switch
            {
                PredicateOperator.Equal => Compare(predicate.Value, lower) >= 0 && Compare(predicate.Value, upper) <= 0,
                PredicateOperator.LessThan => Compare(predicate.Value, lower) > 0,
                PredicateOperator.GreaterThan => Compare(predicate.Value, upper) < 0,
                PredicateOperator.Between => Compare(predicate.Value, upper) <= 0 && Compare(predicate.UpperValue, lower) >= 0,
                _ => true,
            };
        }
        catch (Exception e) when (e is IcebergFormatException or ArgumentNullException)
        {
            // A value of another type or unreadable bounds: the file cannot be ruled out.
            return true;
        }
    }

    private static bool IsNaN(object value) => value is double d && double.IsNaN(d) || value is float f && float.IsNaN(f);
}
