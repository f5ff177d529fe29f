namespace Lineage.Lakehouse.Parquet.Assembling;

internal enum ReadNodeKind
{
    Leaf,
    Struct,
    List,
    Map,
}
