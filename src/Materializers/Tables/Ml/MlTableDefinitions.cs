using Lineage.Assets.Keys;
using Lineage.Assets.Quantum;

namespace Lineage.Materializers.Tables.Ml;

/// <summary>The table definitions (and so the column order) of the two ML tables, taken from their asset specs.</summary>
internal static class MlTableDefinitions
{
    // Column order does not depend on where the daily partitions start.
    private static readonly Lazy<IReadOnlyList<Assets.Specs.AssetSpec>> Specs =
        new(() => QuantumAssets.CreateSpecs(new DateOnly(2000, 1, 1)));

    public static TableDefinition IterationFeatures => For(QuantumAssetKeys.MlIterationFeatures);

    public static TableDefinition RunSummary => For(QuantumAssetKeys.MlRunSummary);

    public static TableRows NewRows(TableDefinition definition) => new(definition.Name, definition.ArrowSchema);

    private static TableDefinition For(AssetKey key) => TableDefinition.For(Specs.Value.Single(spec => spec.Key == key));
}
