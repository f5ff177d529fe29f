using System.IO.Compression;
using System.Text;
using Lineage.Assets.Keys;
using Lineage.Testing;

namespace Lineage.Materializers.Tests.Materialization;

/// <summary>
/// The committed rows of one sample table, tests/fixtures/sample-tables/&lt;table&gt;.jsonl.gz: canonical JSON
/// lines (<see cref="CanonicalRow"/>) of every sample day, sorted ordinally, gzip-compressed (the plain lines of
/// iteration_parameters alone are 55 MB; compressed, all tables take about 2.5 MB).
/// </summary>
public sealed class SampleTablesFixture
{
    public const string WriteVariable = "LINEAGE_WRITE_SAMPLE_FIXTURE";

    private const string Folder = "tests/fixtures/sample-tables";

    public SampleTablesFixture(AssetKey table) => Table = table;

    public AssetKey Table { get; }

    /// <summary>The file relative to the repository root, as messages name it.</summary>
    public string RelativePath => $"{Folder}/{Table.Name}.jsonl.gz";

    public static bool WriteRequested => Environment.GetEnvironmentVariable(WriteVariable) == "1";

    private string FullPath => Path.Combine(RepositoryRoot.Path, RelativePath);

    public bool Exists => File.Exists(FullPath);

    public IReadOnlyList<string> ReadLines()
    {
        using var file = File.OpenRead(FullPath);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var reader = new StreamReader(gzip, Encoding.UTF8);
        var lines = new List<string>();
        while (reader.ReadLine() is { } line)
            lines.Add(line);
        return lines;
    }

    public void Write(IReadOnlyList<string> sortedLines)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(FullPath)!);
        // "\n" on every platform, so the committed files do not depend on where they were regenerated.
        using var file = File.Create(FullPath);
        using var gzip = new GZipStream(file, CompressionLevel.SmallestSize);
        using var writer = new StreamWriter(gzip, new UTF8Encoding(false));
        foreach (var line in sortedLines)
            writer.Write(line + "\n");
    }
}
