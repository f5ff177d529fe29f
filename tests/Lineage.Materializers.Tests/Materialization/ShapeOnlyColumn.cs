namespace Lineage.Materializers.Tests.Materialization;

/// <summary>A column compared by the shape of its values only (null or not, kind, list length), and why.</summary>
public sealed record ShapeOnlyColumn(string Name, string Reason);
