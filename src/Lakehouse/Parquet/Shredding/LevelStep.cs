namespace Lineage.Lakehouse.Parquet.Shredding;

/// <summary>
/// One node on the way from a top-level column to a leaf: a struct (descending into child
/// <see cref="Child"/>), a list (descending into its elements) or the leaf itself. <see cref="RepetitionLevel"/> is
/// the level of a list's repeated elements.
/// </summary>
internal readonly record struct LevelStep(LevelStepKind Kind, bool Nullable, int Child = 0, int RepetitionLevel = 0);
