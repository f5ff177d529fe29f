using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Apache.Arrow;
using Apache.Arrow.Types;

namespace Lineage.Workbench.Catalog.Rows;

/// <summary>
/// Rows as CSV (RFC 4180): a header of column names, a null as an empty cell, lists, structs and maps as their JSON
/// text, scalars as the JSON rows write them; a cell with a comma, quote or line break is quoted. Rows gather in a
/// bounded text buffer that is written asynchronously: a response body refuses synchronous writes.
/// </summary>
internal sealed class CsvRowsWriter : IRowsWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private const int PendingChars = 32 * 1024;

    private readonly StreamWriter _text;
    private readonly StringBuilder _pending = new();
    private readonly Schema _schema;
    private readonly ArrayBufferWriter<byte> _nested = new();

    public CsvRowsWriter(Stream output, Schema schema)
    {
        _schema = schema;
        _text = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 64 * 1024, leaveOpen: true) { NewLine = "\r\n" };
        _pending.Append(string.Join(',', schema.FieldsList.Select(f => Quote(f.Name)))).Append(_text.NewLine);
    }

    public async Task WriteAsync(RecordBatch batch, CancellationToken cancellationToken)
    {
        for (var row = 0; row < batch.Length; row++)
        {
            for (var column = 0; column < batch.ColumnCount; column++)
            {
                if (column > 0)
                    _pending.Append(',');
                _pending.Append(Quote(Cell(batch.Column(column), _schema.GetFieldByIndex(column), row)));
            }
            _pending.Append(_text.NewLine);
            if (_pending.Length >= PendingChars)
                await WritePendingAsync(cancellationToken);
        }
        await WritePendingAsync(cancellationToken);
        await _text.FlushAsync(cancellationToken);
    }

    public async Task FinishAsync(CancellationToken cancellationToken)
    {
        await WritePendingAsync(cancellationToken);
        await _text.FlushAsync(cancellationToken);
    }

    public ValueTask DisposeAsync() => _text.DisposeAsync();

    private async Task WritePendingAsync(CancellationToken cancellationToken)
    {
        await _text.WriteAsync(_pending, cancellationToken);
        _pending.Clear();
    }

    private string Cell(IArrowArray array, Field field, int row)
    {
        if (field.DataType is not NestedType)
            return ArrowTextValues.Scalar(array, field, row) ?? "";
        if (array.IsNull(row))
            return "";
        _nested.ResetWrittenCount();
        using (var json = new Utf8JsonWriter(_nested, Options))
            ArrowJsonValues.WriteValue(json, array, field, row);
        return Encoding.UTF8.GetString(_nested.WrittenSpan);
    }

    private static string Quote(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\r\n") < 0 ? cell : $"\"{cell.Replace("\"", "\"\"")}\"";
}
