using Lineage.Assets.Keys;

namespace Lineage.Assets.Quantum;

/// <summary>
/// Keys of the quantum pipeline's assets: the raw source <c>raw_vqe_results</c> and the tables under
/// <c>quantum_features/</c>, the Iceberg namespace they are stored in.
/// </summary>
public static class QuantumAssetKeys
{
    public const string TableNamespace = "quantum_features";

    public static AssetKey RawVqeResults { get; } = AssetKey.Of("raw_vqe_results");

    public static AssetKey Molecules { get; } = Table("molecules");
    public static AssetKey AnsatzInfo { get; } = Table("ansatz_info");
    public static AssetKey PerformanceMetrics { get; } = Table("performance_metrics");
    public static AssetKey VqeResults { get; } = Table("vqe_results");
    public static AssetKey InitialParameters { get; } = Table("initial_parameters");
    public static AssetKey OptimalParameters { get; } = Table("optimal_parameters");
    public static AssetKey VqeIterations { get; } = Table("vqe_iterations");
    public static AssetKey IterationParameters { get; } = Table("iteration_parameters");
    public static AssetKey HamiltonianTerms { get; } = Table("hamiltonian_terms");

    public static AssetKey MlIterationFeatures { get; } = Table("ml_iteration_features");
    public static AssetKey MlRunSummary { get; } = Table("ml_run_summary");

    /// <summary>The audit table written alongside every base materialization; not an asset of its own.</summary>
    public static AssetKey ProcessingMetadata { get; } = Table("processing_metadata");

    /// <summary>The nine tables derived directly from the raw records.</summary>
    public static IReadOnlyList<AssetKey> BaseTables { get; } =
    [
        Molecules, AnsatzInfo, PerformanceMetrics, VqeResults, InitialParameters,
        OptimalParameters, VqeIterations, IterationParameters, HamiltonianTerms,
    ];

    /// <summary>All twelve assets, upstream before downstream.</summary>
    public static IReadOnlyList<AssetKey> All { get; } =
        [RawVqeResults, .. BaseTables, MlIterationFeatures, MlRunSummary];

    private static AssetKey Table(string name) => AssetKey.Of(TableNamespace, name);
}
