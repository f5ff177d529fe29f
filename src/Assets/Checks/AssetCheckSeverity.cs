namespace Lineage.Assets.Checks;

public enum AssetCheckSeverity
{
    Warn,
    Error,
}
