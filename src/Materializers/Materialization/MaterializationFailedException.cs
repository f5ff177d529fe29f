namespace Lineage.Materializers.Materialization;

/// <summary>A step could not complete; every table it touched is left at its previous snapshot.</summary>
public sealed class MaterializationFailedException(string message, Exception? inner = null) : Exception(message, inner);
