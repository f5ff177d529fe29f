using Lineage.Assets.Keys;

namespace Lineage.Assets.Specs;

/// <summary>
/// One upstream column a column is derived from. For the raw source, <see cref="Column"/> is a JSON path
/// such as <c>vqe_result.iteration_list[].result</c>.
/// </summary>
public sealed record ColumnRef(AssetKey Asset, string Column)
{
    public override string ToString() => $"{Asset.Name}.{Column}";
}
