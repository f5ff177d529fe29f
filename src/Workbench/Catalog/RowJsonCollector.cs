using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Apache.Arrow;
using Lineage.Workbench.Catalog.Rows;

namespace Lineage.Workbench.Catalog;

/// <summary>
/// Collects rows of record batches as JSON objects: nested values as arrays, structs as objects, dates
/// <c>yyyy-MM-dd</c>, timestamps ISO-8601, decimals exact, binary as hex. All rows go into one buffer, parsed once.
/// </summary>
public sealed class RowJsonCollector : IDisposable
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly ArrayBufferWriter<byte> _buffer = new();
    private readonly Utf8JsonWriter _json;

    public RowJsonCollector()
    {
        _json = new Utf8JsonWriter(_buffer, Options);
        _json.WriteStartArray();
    }

    public int Count { get; private set; }

    /// <summary>Adds <paramref name="count"/> rows of the batch from row <paramref name="start"/>.</summary>
    public void Add(RecordBatch batch, int start, int count)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(start);
        ArgumentOutOfRangeException.ThrowIfNegative(count);
        ArgumentOutOfRangeException.ThrowIfGreaterThan(start + count, batch.Length);
        for (var row = start; row < start + count; row++)
            ArrowJsonValues.WriteRow(_json, batch, row);
        Count += count;
    }

    /// <summary>The rows collected so far, independent of this collector.</summary>
    public IReadOnlyList<JsonElement> ToRows()
    {
        _json.Flush();
        var array = new byte[_buffer.WrittenCount + 1];
        _buffer.WrittenSpan.CopyTo(array);
        array[^1] = (byte)']';
        using var document = JsonDocument.Parse(array);
        return document.RootElement.Clone().EnumerateArray().ToList();
    }

    public void Dispose() => _json.Dispose();
}
