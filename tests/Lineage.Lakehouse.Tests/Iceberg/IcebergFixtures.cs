namespace Lineage.Lakehouse.Tests.Iceberg;

/// <summary>Paths of the tables under tests/fixtures/iceberg (written by Spark, Java and Athena; see the README there).</summary>
public static class IcebergFixtures
{
    public static string Root { get; } = FindRoot();

    public static string Table(string name) => Path.Combine(Root, name);

    public static string MetadataFile(string table, string file) => Path.Combine(Root, table, "metadata", file);

    /// <summary>The local copy of a file the fixture's metadata names by its original (s3a://…) URI.</summary>
    public static string Local(string table, string uri) =>
        Path.Combine(Root, table, uri[(uri.IndexOf(table.Replace('-', '/'), StringComparison.Ordinal) + table.Length + 1)..]);

    private static string FindRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
        {
            var candidate = Path.Combine(dir.FullName, "tests", "fixtures", "iceberg");
            if (Directory.Exists(candidate))
                return candidate;
        }
        throw new InvalidOperationException($"tests/fixtures/iceberg not found above {AppContext.BaseDirectory}.");
    }
}
