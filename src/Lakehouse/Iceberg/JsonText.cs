using System.Buffers;
using System.Text;
using System.Text.Json;

namespace Lineage.Lakehouse.Iceberg;

/// <summary>Parses JSON text into Iceberg models and writes them back, turning syntax errors into <see cref="IcebergFormatException"/>s.</summary>
internal static class JsonText
{
    public static T Parse<T>(string json, string what, Func<JsonElement, T> read)
    {
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(json);
        }
        catch (JsonException e)
        {
            throw new IcebergFormatException($"the {what} is not valid JSON: {e.Message}", e);
        }
        using (document)
            return read(document.RootElement);
    }

    public static string Write(Action<Utf8JsonWriter> write, bool indented)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = indented }))
            write(writer);
        return Encoding.UTF8.GetString(buffer.WrittenSpan);
    }
}
