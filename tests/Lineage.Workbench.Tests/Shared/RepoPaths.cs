namespace Lineage.Workbench.Tests.Shared;

/// <summary>Locations in the repository the tests run from.</summary>
public static class RepoPaths
{
    public static string Root => Lineage.Testing.RepositoryRoot.Path;

    public static string SampleRaw => System.IO.Path.Combine(Root, "data", "raw");
}
