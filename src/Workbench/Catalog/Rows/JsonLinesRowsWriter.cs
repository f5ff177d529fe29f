using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Apache.Arrow;

namespace Lineage.Workbench.Catalog.Rows;

/// <summary>Rows as JSON lines, the values written as the preview's JSON rows write them.</summary>
internal sealed class JsonLinesRowsWriter(Stream output) : IRowsWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly ArrayBufferWriter<byte> _buffer = new();

    public async Task WriteAsync(RecordBatch batch, CancellationToken cancellationToken)
    {
        _buffer.ResetWrittenCount();
        await using (var json = new Utf8JsonWriter(_buffer, Options))
        {
            for (var row = 0; row < batch.Length; row++)
            {
                ArrowJsonValues.WriteRow(json, batch, row);
                json.Flush();
                _buffer.Write("\n"u8);
                json.Reset();
            }
        }
        await output.WriteAsync(_buffer.WrittenMemory, cancellationToken);
    }

    public Task FinishAsync(CancellationToken cancellationToken) => output.FlushAsync(cancellationToken);

    public ValueTask DisposeAsync() => ValueTask.CompletedTask;
}
