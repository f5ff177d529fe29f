namespace Lineage.Materializers.Tests.Raw;

/// <summary>The raw sample files kept in the repository's data/raw folder.</summary>
internal static class SampleFiles
{
    public static string Directory { get; } = Locate();

    public static string[] All() =>
        System.IO.Directory.GetFiles(Directory, "*.json").OrderBy(Path.GetFileName, StringComparer.Ordinal).ToArray();

    public static string Named(string counterPrefix) =>
        All().Single(path => Path.GetFileName(path).StartsWith(counterPrefix + "-", StringComparison.Ordinal));

    private static string Locate()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "data", "raw", "experiment.vqe");
            if (System.IO.Directory.Exists(candidate)) return candidate;
        }
        throw new DirectoryNotFoundException("data/raw/experiment.vqe not found above the test binaries.");
    }
}
