using System.Text.Json;

namespace Lineage.Lakehouse.Tests.Interop;

/// <summary>What avsc read from a file: its header line and one normalized JSON value per object (see read.mjs).</summary>
public sealed record AvscReadout(JsonElement Header, IReadOnlyList<JsonElement> Values)
{
    public static async Task<AvscReadout> ReadAsync(string file)
    {
        var output = await NodeScript.RunAsync("avro/read.mjs", file);
        var lines = output.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Select(line => JsonDocument.Parse(line).RootElement)
            .ToList();
        return new AvscReadout(lines[0], lines.Skip(1).ToList());
    }

    public string Codec => Header.GetProperty("codec").GetString()!;

    /// <summary>The header's avro.schema exactly as the file holds it.</summary>
    public JsonElement Schema => Header.GetProperty("schema");

    /// <summary>The schema as avsc understood it.</summary>
    public JsonElement AvscSchema => Header.GetProperty("avscSchema");

    public string MetadataHex(string key) => Header.GetProperty("metadata").GetProperty(key).GetString()!;
}
