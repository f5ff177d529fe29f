using Lineage.Assets.Keys;
using Lineage.Assets.Quantum;
using Lineage.Materializers.Raw;

namespace Lineage.Materializers.Tables.Base;

/// <summary>initial_parameters: one row per starting parameter value.</summary>
public sealed class InitialParametersTransform : ParameterVectorTransform
{
    public override AssetKey Table => QuantumAssetKeys.InitialParameters;

    protected override string IdInfix => "_init_";

    protected override IReadOnlyList<double> Vector(VqeResult result) => result.InitialData.InitialParameters;
}
