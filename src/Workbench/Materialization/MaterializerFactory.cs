using Lineage.Materializers.Materialization;
using Lineage.Materializers.Raw;
using Lineage.Materializers.Recording;
using Lineage.Materializers.Warehouse;
using Lineage.Workbench.Catalog;
using Lineage.Workbench.Storage;

namespace Lineage.Workbench.Materialization;

/// <summary>Builds the materializer over the configured raw root, warehouse and catalog database.</summary>
public static class MaterializerFactory
{
    public static QuantumMaterializer Create(IConfiguration configuration, AssetCatalog catalog, IMaterializationLog log, TimeProvider clock)
    {
        return new QuantumMaterializer(catalog.Graph, new StorageLocations(configuration).Raw(), Warehouse(configuration, catalog), log, new MaterializerOptions(), clock);
    }

    /// <summary>Recovery of abandoned batches over the configured warehouse and the catalog database's journal.</summary>
    public static BatchRecovery Recovery(IConfiguration configuration, AssetCatalog catalog, CatalogDbContextFactory contexts, TimeProvider clock) =>
        new(Warehouse(configuration, catalog), new CatalogMaterializationLog(contexts), clock);

    public static QuantumWarehouse Warehouse(IConfiguration configuration, AssetCatalog catalog)
    {
        var storage = new StorageLocations(configuration);
        return new QuantumWarehouse(storage.IoFor(storage.WarehouseRoot), storage.WarehouseRoot);
    }
}
