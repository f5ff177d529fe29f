using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Lineage.Workbench.Catalog.Preview;

/// <summary>
/// Writes a preview cell for people: lists as <c>[1.0, 2.0, …]</c> cut after a few items, structs as
/// <c>{key: value, …}</c>, null as an empty string. Numbers of a <c>double</c>/<c>float</c> column (or list of them)
/// keep a decimal point, since the JSON of a row writes 1.0 as 1.
/// </summary>
public static class PreviewValueText
{
    public const int MaxListItems = 5;

    /// <param name="type">The column's type as previews name it (<c>double</c>, <c>list&lt;double&gt;</c>, …).</param>
    public static string Format(JsonElement value, string type = "")
    {
        var text = new StringBuilder();
        Append(text, value, IsFloating(type), topLevel: true);
        return text.ToString();
    }

    private static bool IsFloating(string type)
    {
        var element = type;
        while (element.StartsWith("list<", StringComparison.Ordinal) && element.EndsWith('>'))
            element = element[5..^1];
        return element is "double" or "float";
    }

    private static void Append(StringBuilder text, JsonElement value, bool floating, bool topLevel)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.Null or JsonValueKind.Undefined:
                text.Append(topLevel ? "" : "null");
                break;
            case JsonValueKind.String:
                text.Append(value.GetString());
                break;
            case JsonValueKind.Number:
                text.Append(Number(value, floating));
                break;
            case JsonValueKind.True or JsonValueKind.False:
                text.Append(value.ValueKind == JsonValueKind.True ? "true" : "false");
                break;
            case JsonValueKind.Array:
                AppendList(text, value, floating);
                break;
            case JsonValueKind.Object:
                AppendStruct(text, value);
                break;
        }
    }

    private static void AppendList(StringBuilder text, JsonElement list, bool floating)
    {
        text.Append('[');
        var index = 0;
        foreach (var item in list.EnumerateArray())
        {
            if (index > 0)
                text.Append(", ");
            if (index == MaxListItems)
            {
                text.Append('…');
                break;
            }
            Append(text, item, floating, topLevel: false);
            index++;
        }
        text.Append(']');
    }

    private static void AppendStruct(StringBuilder text, JsonElement record)
    {
        text.Append('{');
        var first = true;
        foreach (var field in record.EnumerateObject())
        {
            if (!first)
                text.Append(", ");
            text.Append(field.Name).Append(": ");
            Append(text, field.Value, floating: false, topLevel: false);
            first = false;
        }
        text.Append('}');
    }

    private static string Number(JsonElement value, bool floating)
    {
        var raw = value.GetRawText();
        if (!floating && value.TryGetInt64(out _))
            return raw;
        var shown = value.GetDouble().ToString("G10", CultureInfo.InvariantCulture);
        return shown.Contains('.') || shown.Contains('E') ? shown : shown + ".0";
    }
}
