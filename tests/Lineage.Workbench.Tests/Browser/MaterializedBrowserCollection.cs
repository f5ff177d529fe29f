namespace Lineage.Workbench.Tests.Browser;

/// <summary>Browser tests that read materialized tables share one materialized workbench and one Chromium.</summary>
[CollectionDefinition(Name)]
public sealed class MaterializedBrowserCollection : ICollectionFixture<MaterializedBrowserFixture>
{
    public const string Name = "browser on a materialized warehouse";
}
