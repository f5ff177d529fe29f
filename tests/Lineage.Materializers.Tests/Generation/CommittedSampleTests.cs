using Lineage.Materializers.Generation;

namespace Lineage.Materializers.Tests.Generation;

public class CommittedSampleTests
{
    [Fact]
    public async Task Committed_sample_is_exactly_what_the_documented_command_generates()
    {
        var committed = Path.Combine(Lineage.Testing.RepositoryRoot.Path, "data", "raw", "experiment.vqe");
        using var folder = new TemporaryFolder();

        await new SyntheticVqeGenerator(new GeneratorOptions { Count = 60, Days = 3, Start = new DateOnly(2026, 11, 18), Seed = 42 })
            .WriteAsync(folder.Path);

        var generated = Path.Combine(folder.Path, "experiment.vqe");
        var names = Directory.GetFiles(generated).Select(Path.GetFileName).Order(StringComparer.Ordinal).ToList();
        Assert.Equal(names, Directory.GetFiles(committed).Select(Path.GetFileName).Order(StringComparer.Ordinal));
        Assert.All(names, name => Assert.Equal(
            File.ReadAllBytes(Path.Combine(generated, name!)),
            File.ReadAllBytes(Path.Combine(committed, name!))));
    }

}
