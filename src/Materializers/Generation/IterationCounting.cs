namespace Lineage.Materializers.Generation;

/// <summary>How an optimiser's reported iteration count (<c>nit</c>) relates to its energy evaluations.</summary>
internal enum IterationCounting
{
    /// <summary>The optimiser reports no iteration count.</summary>
    NotReported,

    /// <summary>Each iteration spends a finite-difference gradient: one evaluation per parameter plus one.</summary>
    PerGradient,

    /// <summary>Derivative-free steps of one or two evaluations each.</summary>
    PerStep,
}
