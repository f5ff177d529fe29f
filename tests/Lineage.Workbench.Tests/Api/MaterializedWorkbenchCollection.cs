namespace Lineage.Workbench.Tests.Api;

/// <summary>The API tests that read one materialized partition share it.</summary>
[CollectionDefinition(Name)]
public sealed class MaterializedWorkbenchCollection : ICollectionFixture<MaterializedWorkbench>
{
    public const string Name = "Materialized workbench";
}
