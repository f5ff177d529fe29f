namespace Lineage.Workbench.Catalog;

public sealed record CheckDetail(string Name, string Description, string Severity, bool Blocking);
