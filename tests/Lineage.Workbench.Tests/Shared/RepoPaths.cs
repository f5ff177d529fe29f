namespace Lineage.Workbench.Tests.Shared;

/// <summary>Locations in the repository the tests run from.</summary>
public static class RepoPaths
{
    public static string Root { get; } = FindRoot();

    public static string SampleRaw => Path.Combine(Root, "data", "raw");

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(Path.Combine(dir.FullName, "Lineage.sln")))
                return dir.FullName;
        }
        throw new InvalidOperationException($"Lineage.sln not found above {AppContext.BaseDirectory}.");
    }
}
