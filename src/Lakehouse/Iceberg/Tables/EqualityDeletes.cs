namespace Lineage.Lakehouse.Iceberg.Tables;

/// <summary>The rows of an equality delete file: value tuples over its equality field ids, in that order.</summary>
internal sealed record EqualityDeletes(IReadOnlyList<int> FieldIds, HashSet<object?[]> Keys);
