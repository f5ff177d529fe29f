using System.Text.Json;
using System.Text.Json.Nodes;

namespace Lineage.Workbench.Storage.Conventions;

/// <summary>JSON kept as text columns: the same text on every engine, read back as it was written.</summary>
public static class JsonText
{
    public static string Write(JsonObject value) => value.ToJsonString();

    public static string Write(IReadOnlyDictionary<string, string> value) =>
        JsonSerializer.Serialize(new SortedDictionary<string, string>(value.ToDictionary(), StringComparer.Ordinal));

    public static JsonObject ReadObject(string text) =>
        JsonNode.Parse(text) as JsonObject ?? throw new JsonException($"The catalog holds '{text}' where a JSON object belongs.");

    public static IReadOnlyDictionary<string, string> ReadDictionary(string text) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(text)
        ?? throw new JsonException($"The catalog holds '{text}' where a JSON object of strings belongs.");
}
