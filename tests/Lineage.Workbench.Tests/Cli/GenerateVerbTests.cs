using System.Text.Json;
using Lineage.Materializers.Raw;
using Lineage.Workbench.Cli;
using Lineage.Workbench.Cli.Verbs;
using Microsoft.Extensions.Configuration;

namespace Lineage.Workbench.Tests.Cli;

public sealed class GenerateVerbTests : IDisposable
{
    private readonly string _out = Path.Combine(Path.GetTempPath(), "lineage-generate-" + Guid.NewGuid().ToString("N"));

    public void Dispose()
    {
        if (Directory.Exists(_out))
            Directory.Delete(_out, recursive: true);
    }

    [Fact]
    public async Task Writes_the_files_and_a_summary_per_day()
    {
        var (code, output, error) = await Run("generate", "--out", _out, "--count", "6", "--days", "2", "--start", "2026-11-18", "--seed", "1");

        Assert.Equal(0, code);
        Assert.Equal("", error);
        var names = Directory.GetFiles(Path.Combine(_out, "experiment.vqe")).Select(f => RawFileName.Parse(Path.GetFileName(f))).ToList();
        Assert.Equal(6, names.Count);
        Assert.Equal(["2026-11-18", "2026-11-19"], names.Select(n => n.PartitionKey).Distinct().Order());
        Assert.Contains("Wrote 6 raw VQE files", output);
        Assert.Contains(Path.Combine(Path.GetFullPath(_out), "experiment.vqe"), output);
        Assert.Matches(@"2026-11-18\s+3 files", output);
        Assert.Matches(@"2026-11-19\s+3 files", output);
    }

    [Fact]
    public async Task Json_summary_is_one_parseable_object()
    {
        var (code, output, _) = await Run("generate", "--out", _out, "--count", "4", "--days", "2", "--start", "2026-11-18", "--json");

        Assert.Equal(0, code);
        using var document = JsonDocument.Parse(output);
        var root = document.RootElement;
        Assert.Equal(4, root.GetProperty("files").GetInt32());
        Assert.Equal(42, root.GetProperty("seed").GetInt64());
        Assert.Equal(Path.Combine(Path.GetFullPath(_out), "experiment.vqe"), root.GetProperty("folder").GetString());
        Assert.Equal(
            ["2026-11-18", "2026-11-19"],
            root.GetProperty("days").EnumerateArray().Select(d => d.GetProperty("date").GetString()));
        var bytes = new DirectoryInfo(Path.Combine(_out, "experiment.vqe")).GetFiles().Sum(f => f.Length);
        Assert.Equal(bytes, root.GetProperty("bytes").GetInt64());
    }

    [Theory]
    [InlineData("--count", "0")]
    [InlineData("--count", "1000001")]
    [InlineData("--count", "ten")]
    [InlineData("--days", "0")]
    [InlineData("--days", "3651")]
    [InlineData("--start", "2026-13-01")]
    [InlineData("--start", "18.11.2026")]
    [InlineData("--start", "1969-12-31")]
    [InlineData("--seed", "forty-two")]
    public async Task A_bad_option_value_exits_with_2_naming_the_option_and_value(string option, string value)
    {
        var (code, _, error) = await Run("generate", "--out", _out, option, value);

        Assert.Equal(2, code);
        Assert.Contains(option, error);
        Assert.Contains($"'{value}'", error);
        Assert.False(Directory.Exists(_out));
    }

    [Fact]
    public async Task Missing_out_folder_exits_with_2_naming_the_option()
    {
        var (code, _, error) = await Run("generate", "--count", "3");

        Assert.Equal(2, code);
        Assert.Contains("--out", error);
    }

    [Fact]
    public async Task Start_defaults_to_the_day_that_makes_the_range_end_today()
    {
        var verb = new GenerateVerb(new FixedClock(new DateTimeOffset(2026, 11, 20, 13, 0, 0, TimeSpan.Zero)));
        var output = new StringWriter();
        var context = new CliContext(output, new StringWriter(), new ConfigurationBuilder().Build(), json: true);

        var code = await verb.RunAsync(
            new CliArguments(["--out", _out, "--count", "5", "--days", "3"], new HashSet<string>()), context, CancellationToken.None);

        Assert.Equal(0, code);
        using var document = JsonDocument.Parse(output.ToString());
        Assert.Equal(
            ["2026-11-18", "2026-11-19", "2026-11-20"],
            document.RootElement.GetProperty("days").EnumerateArray().Select(d => d.GetProperty("date").GetString()));
    }

    private static async Task<(int Code, string Output, string Error)> Run(params string[] args)
    {
        var output = new StringWriter();
        var error = new StringWriter();
        var code = await CommandLine.RunAsync(args, output, error);
        return (code, output.ToString(), error.ToString());
    }

    private sealed class FixedClock(DateTimeOffset now) : TimeProvider
    {
        public override DateTimeOffset GetUtcNow() => now;
    }
}
