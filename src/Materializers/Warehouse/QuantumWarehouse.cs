using Lineage.Assets.Keys;
using Lineage.Lakehouse.Iceberg.Tables;
using Lineage.Lakehouse.IO;
using Lineage.Materializers.Tables;

namespace Lineage.Materializers.Warehouse;

/// <summary>
/// The Iceberg tables of the assets under a warehouse root (<c>&lt;root&gt;/quantum_features/&lt;table&gt;</c>),
/// created on first use with the asset's schema and partition spec.
/// </summary>
public sealed class QuantumWarehouse(IFileIO io, string root)
{
    public IFileIO Io { get; } = io ?? throw new ArgumentNullException(nameof(io));

    public string Root { get; } = root.TrimEnd('/');

    public string LocationOf(AssetKey table) => $"{Root}/{table.Value}";

    /// <summary>The table, or null when it was never created.</summary>
    public async Task<IcebergTable?> TryLoadAsync(AssetKey table, CancellationToken cancellationToken)
    {
        try
        {
            return await IcebergTable.LoadAsync(Io, LocationOf(table), cancellationToken);
        }
        catch (TableNotFoundException)
        {
            return null;
        }
    }

    /// <summary>
    /// The rows the table's current snapshot holds in one daily partition and that snapshot's sequence number; (0, 0)
    /// for a table that was never created or never committed.
    /// </summary>
    public async Task<(long Rows, long SequenceNumber)> PartitionRowsAsync(AssetKey table, string partitionKey, CancellationToken cancellationToken)
    {
        var iceberg = await TryLoadAsync(table, cancellationToken);
        if (iceberg?.Metadata.CurrentSnapshot is not { } current)
            return (0, 0);
        var files = await iceberg.PlanFilesAsync(new TableScanOptions { PartitionEquals = IcebergPartitionReader.DayFilter(partitionKey) }, cancellationToken);
        return (files.Sum(f => f.RecordCount), current.SequenceNumber);
    }

    /// <summary>Loads the table, creating it when absent; its schema must be the definition's.</summary>
    /// <exception cref="TableSchemaMismatchException">The existing table has other columns.</exception>
    public async Task<IcebergTable> OpenAsync(TableDefinition definition, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(definition);
        var table = await TryLoadAsync(definition.Key, cancellationToken) ?? await CreateAsync(definition, cancellationToken);
        if (!definition.Matches(table.Metadata.CurrentSchema))
            throw new TableSchemaMismatchException(definition, table.Metadata.CurrentSchema, table.Location);
        return table;
    }

    private async Task<IcebergTable> CreateAsync(TableDefinition definition, CancellationToken cancellationToken)
    {
        try
        {
            return await IcebergTable.CreateAsync(Io, LocationOf(definition.Key), definition.Schema, definition.Spec, definition.Properties, cancellationToken);
        }
        catch (TableAlreadyExistsException)
        {
            return await IcebergTable.LoadAsync(Io, LocationOf(definition.Key), cancellationToken);
        }
    }
}
