namespace Lineage.Lakehouse.Parquet.Assembling;

/// <summary>One column chunk as Parquet.Net read it: the present values (physical type) and the levels.</summary>
internal sealed record RawLeaf(System.Array Values, int ValueCount, int[]? Definitions, int[]? Repetitions, int Levels, int MaxDefinition);
