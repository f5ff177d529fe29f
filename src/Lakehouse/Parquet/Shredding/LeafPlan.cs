using Parquet.Schema;
using ArrowField = Apache.Arrow.Field;

namespace Lineage.Lakehouse.Parquet.Shredding;

/// <summary>
/// How one Parquet leaf column is cut out of an Arrow batch: the top-level column, the steps down to the leaf,
/// the leaf's Arrow field and its Parquet.Net field. <see cref="IsTopLevel"/> leaves get bounds in the metrics.
/// </summary>
internal sealed record LeafPlan(int Column, IReadOnlyList<LevelStep> Steps, ArrowField Leaf, DataField Field, int? FieldId)
{
    public bool IsTopLevel => Steps.Count == 1;

    public bool IsRepeated => Steps.Any(s => s.Kind == LevelStepKind.List);
}
