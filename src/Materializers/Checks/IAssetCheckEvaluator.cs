using Lineage.Assets.Keys;

namespace Lineage.Materializers.Checks;

/// <summary>Evaluates one declared check (<see cref="Asset"/>, <see cref="CheckName"/>) on one partition.</summary>
public interface IAssetCheckEvaluator
{
    AssetKey Asset { get; }

    string CheckName { get; }

    Task<CheckOutcome> EvaluateAsync(CheckContext context, CancellationToken cancellationToken);
}
