using Lineage.Materializers.Generation;

namespace Lineage.Workbench.Tests.Orchestration.Cluster;

/// <summary>Synthetic raw VQE files in a temp folder, spread evenly over consecutive days; deleted on dispose.</summary>
public sealed class GeneratedRaw : IDisposable
{
    private GeneratedRaw(string folder, IReadOnlyList<DateOnly> days)
    {
        Folder = folder;
        Days = days;
    }

    public string Folder { get; }

    public IReadOnlyList<DateOnly> Days { get; }

    public static async Task<GeneratedRaw> CreateAsync(DateOnly start, int days, int files)
    {
        var folder = Directory.CreateTempSubdirectory("lineage-raw-").FullName;
        await new SyntheticVqeGenerator(new GeneratorOptions { Start = start, Days = days, Count = files }).WriteAsync(folder);
        return new GeneratedRaw(folder, Enumerable.Range(0, days).Select(start.AddDays).ToList());
    }

    public void Dispose() => Directory.Delete(Folder, recursive: true);
}
