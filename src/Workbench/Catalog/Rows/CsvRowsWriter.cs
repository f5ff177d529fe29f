using System.Buffers;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using Apache.Arrow;
using Apache.Arrow.Types;

namespace Lineage.Workbench.Catalog.Rows;

/// <summary>
/// Rows as CSV (RFC 4180): a header of column names, a null as an empty cell, lists, structs and maps as their JSON
/// text, scalars as the JSON rows write them; a cell with a comma, quote or line break is quoted.
/// </summary>
internal sealed class CsvRowsWriter : IRowsWriter
{
    private static readonly JsonWriterOptions Options = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private readonly StreamWriter _text;
    private readonly Schema _schema;
    private readonly ArrayBufferWriter<byte> _nested = new();

    public CsvRowsWriter(Stream output, Schema schema)
    {
        _schema = schema;
        _text = new StreamWriter(output, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false), bufferSize: 64 * 1024, leaveOpen: true) { NewLine = "\r\n" };
        _text.WriteLine(string.Join(',', schema.FieldsList.Select(f => Quote(f.Name))));
    }

    public async Task WriteAsync(RecordBatch batch, CancellationToken cancellationToken)
    {
        for (var row = 0; row < batch.Length; row++)
        {
            for (var column = 0; column < batch.ColumnCount; column++)
            {
                if (column > 0)
                    _text.Write(',');
                _text.Write(Quote(Cell(batch.Column(column), _schema.GetFieldByIndex(column), row)));
            }
            _text.WriteLine();
        }
        await _text.FlushAsync(cancellationToken);
    }

    public Task FinishAsync(CancellationToken cancellationToken) => _text.FlushAsync(cancellationToken);

    public ValueTask DisposeAsync() => _text.DisposeAsync();

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
