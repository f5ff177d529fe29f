namespace Lineage.Lakehouse.Tests.Fixtures;

/// <summary>A top-level column of a golden file, with the type DuckDB reads it as (e.g. <c>INTEGER[]</c>, <c>DECIMAL(9,2)</c>).</summary>
public sealed record GoldenColumn(string Name, string DuckdbType);
