namespace Lineage.Materializers.Tests.Tables.Ml;

/// <summary>One vqe_iterations row: step, energy and the nullable trajectory columns.</summary>
internal sealed record Iteration(int Step, double Energy, double? Delta = null, double? Norm = null, double? Minimum = null);
