using Lineage.Materializers.Materialization;

namespace Lineage.Materializers.Tests.Materialization;

/// <summary>
/// All twelve assets of the committed sample materialized over the three sample days, once for the test classes
/// that only read the result.
/// </summary>
public sealed class MaterializedSample : IAsyncLifetime, IDisposable
{
    public const string Collection = "materialized sample";

    public SampleWarehouse Warehouse { get; } = new();

    public IReadOnlyList<StepResult> Results { get; private set; } = [];

    public async Task InitializeAsync() => Results = await Warehouse.MaterializeAsync("*", SampleWarehouse.SampleDays);

    public Task DisposeAsync() => Task.CompletedTask;

    public void Dispose() => Warehouse.Dispose();
}

[CollectionDefinition(MaterializedSample.Collection)]
public sealed class MaterializedSampleCollection : ICollectionFixture<MaterializedSample>;
