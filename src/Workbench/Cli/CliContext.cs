using System.Text.Json;
using Microsoft.Extensions.Configuration;

namespace Lineage.Workbench.Cli;

/// <summary>What a verb runs with: its output streams, the configuration and whether JSON was asked for.</summary>
public sealed class CliContext(TextWriter output, TextWriter error, IConfiguration configuration, bool json, TextReader? input = null)
{
    public static readonly JsonSerializerOptions JsonOptions = new(JsonSerializerDefaults.Web) { WriteIndented = false };

    public TextWriter Out { get; } = output;

    public TextWriter Error { get; } = error;

    /// <summary>Standard input (what a verb reads that must not be an argument, like a password).</summary>
    public TextReader Input { get; } = input ?? Console.In;

    public IConfiguration Configuration { get; } = configuration;

    public bool Json { get; } = json;

    public void WriteJson<T>(T value) => Out.WriteLine(JsonSerializer.Serialize(value, JsonOptions));
}
