namespace Lineage.Workbench.Api;

/// <summary>
/// Something asked of the warehouse or the materialization log does not exist yet (a table never materialized, a
/// partition without a materialization, an unknown tag); the message names it and how to produce it.
/// </summary>
public sealed class WarehouseNotFoundException(string message) : Exception(message);
