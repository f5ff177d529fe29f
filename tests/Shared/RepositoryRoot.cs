namespace Lineage.Testing;

/// <summary>The repository's root folder (the one holding Lineage.sln), found from the running binary.</summary>
internal static class RepositoryRoot
{
    public static string Path { get; } = Find();

    private static string Find()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            if (File.Exists(System.IO.Path.Combine(dir.FullName, "Lineage.sln")))
                return dir.FullName;
        }
        throw new DirectoryNotFoundException($"Lineage.sln not found above {AppContext.BaseDirectory}.");
    }
}
