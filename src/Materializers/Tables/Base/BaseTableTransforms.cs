using Lineage.Assets.Keys;
using Lineage.Assets.Quantum;

namespace Lineage.Materializers.Tables.Base;

/// <summary>The transforms of the nine base tables.</summary>
public static class BaseTableTransforms
{
    /// <summary>One transform per base table, in the order of <see cref="QuantumAssetKeys.BaseTables"/>.</summary>
    public static IReadOnlyList<IBaseTableTransform> All { get; } =
    [
        new MoleculesTransform(),
        new AnsatzInfoTransform(),
        new PerformanceMetricsTransform(),
        new VqeResultsTransform(),
        new InitialParametersTransform(),
        new OptimalParametersTransform(),
        new VqeIterationsTransform(),
        new IterationParametersTransform(),
        new HamiltonianTermsTransform(),
    ];

    /// <summary>The transform that writes <paramref name="table"/>.</summary>
    /// <exception cref="ArgumentException"><paramref name="table"/> is not a base table.</exception>
    public static IBaseTableTransform For(AssetKey table)
    {
        ArgumentNullException.ThrowIfNull(table);
        foreach (var transform in All)
        {
            if (transform.Table == table)
                return transform;
        }
        throw new ArgumentException(
            $"{table} is not a base table, so no raw-record transform writes it; base tables are: " +
            string.Join(", ", QuantumAssetKeys.BaseTables), nameof(table));
    }
}
