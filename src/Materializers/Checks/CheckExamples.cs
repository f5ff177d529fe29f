using System.Text.Json.Nodes;

namespace Lineage.Materializers.Checks;

/// <summary>
/// Offenders a check found: all of them counted, the first <see cref="Limit"/> kept as examples, so metadata stays
/// small however large the partition is.
/// </summary>
internal sealed class CheckExamples
{
    public const int Limit = 20;

    private readonly JsonArray _items = [];

    public int Count { get; private set; }

    public void Add(JsonNode example)
    {
        Count++;
        if (_items.Count < Limit)
            _items.Add(example);
    }

    /// <summary>Writes <c>{name}_count</c> and <c>{name}_examples</c> into <paramref name="metadata"/>.</summary>
    public JsonObject WriteTo(JsonObject metadata, string name)
    {
        metadata[$"{name}_count"] = Count;
        metadata[$"{name}_examples"] = _items.DeepClone();
        return metadata;
    }

    /// <summary>The examples as text for a summary line: the first few, and how many more there are.</summary>
    public string Sample(Func<JsonNode, string> describe, int shown = 3)
    {
        var texts = _items.Take(shown).Select(item => describe(item!)).ToList();
        return Count > texts.Count ? $"{string.Join("; ", texts)}; … {Count - texts.Count} more" : string.Join("; ", texts);
    }
}
