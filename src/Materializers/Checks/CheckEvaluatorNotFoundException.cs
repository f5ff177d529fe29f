using Lineage.Assets.Keys;

namespace Lineage.Materializers.Checks;

/// <summary>An asset declares a check that no evaluator implements.</summary>
public sealed class CheckEvaluatorNotFoundException(AssetKey asset, string checkName, IEnumerable<string> known)
    : Exception($"No evaluator implements check '{checkName}' of asset {asset}. Checks with an evaluator for this asset: " +
                $"{string.Join(", ", known)}. Rename the declared check or add its evaluator.")
{
    public AssetKey Asset { get; } = asset;

    public string CheckName { get; } = checkName;
}
