using Lineage.Workbench.Tests.Shared;

namespace Lineage.Workbench.Tests.Browser;

/// <summary>All browser tests share one server and one Chromium.</summary>
[CollectionDefinition(Name)]
public sealed class BrowserCollection : ICollectionFixture<BrowserFixture>
{
    public const string Name = "browser";
}
