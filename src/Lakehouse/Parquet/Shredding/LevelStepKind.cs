namespace Lineage.Lakehouse.Parquet.Shredding;

internal enum LevelStepKind
{
    Leaf,
    Struct,
    List,
}
