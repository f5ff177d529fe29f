namespace Lineage.Workbench.Catalog;

public enum AssetEventKind
{
    Materialization,
    Observation,
}
