using Lineage.Assets.Keys;
using Lineage.Assets.Quantum;
using Lineage.Materializers.Raw;

namespace Lineage.Materializers.Tables.Base;

/// <summary>optimal_parameters: one row per parameter value at the reported minimum.</summary>
public sealed class OptimalParametersTransform : ParameterVectorTransform
{
    public override AssetKey Table => QuantumAssetKeys.OptimalParameters;

    protected override string IdInfix => "_opt_";

    protected override IReadOnlyList<double> Vector(VqeResult result) => result.OptimalParameters;
}
