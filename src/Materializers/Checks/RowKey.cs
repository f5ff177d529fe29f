using System.Buffers;
using System.Buffers.Text;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Apache.Arrow;
using Lineage.Assets.Specs;

namespace Lineage.Materializers.Checks;

/// <summary>
/// The key of a row as UTF-8 bytes, its column values joined by a separator that cannot occur in them, for sets of
/// keys compared as bytes (no string per row); and back to a JSON object naming each column for metadata.
/// </summary>
internal sealed class RowKey(IReadOnlyList<ColumnSpec> columns)
{
    private const byte Separator = 0x1F;
    private const byte NullMarker = 0x00;

    private readonly ArrayBufferWriter<byte> _bytes = new(256);

    /// <summary>The row's key; valid until the next call.</summary>
    public ReadOnlySpan<byte> Of(IReadOnlyList<IArrowArray> keys, int row)
    {
        // One string key is its own bytes, read where they lie (a lone null still gets its marker below).
        if (keys is [StringArray single] && !single.IsNull(row))
            return single.GetBytes(row);
        _bytes.ResetWrittenCount();
        for (var k = 0; k < keys.Count; k++)
        {
            if (k > 0)
                _bytes.Write([Separator]);
            Append(keys[k], row);
        }
        return _bytes.WrittenSpan;
    }

    public JsonObject Describe(ReadOnlySpan<byte> key)
    {
        var values = Encoding.UTF8.GetString(key).Split((char)Separator);
        var described = new JsonObject();
        for (var k = 0; k < columns.Count; k++)
        {
            var (name, type) = (columns[k].Name, columns[k].Type);
            described[name] = values[k] == "\0" ? null
                : type == ColumnType.Int || type == ColumnType.Long ? long.Parse(values[k], CultureInfo.InvariantCulture)
                : values[k];
        }
        return described;
    }

    private void Append(IArrowArray vector, int row)
    {
        if (vector.IsNull(row))
        {
            _bytes.Write([NullMarker]);
            return;
        }
        switch (vector)
        {
            case StringArray strings:
                _bytes.Write(strings.GetBytes(row));
                break;
            case Int32Array ints:
                AppendNumber(ints.Values[row]);
                break;
            case Int64Array longs:
                AppendNumber(longs.Values[row]);
                break;
            default:
                throw new InvalidOperationException($"a key column holds {vector.GetType().Name} values; keys are strings or integers");
        }
    }

    private void AppendNumber(long value)
    {
        Utf8Formatter.TryFormat(value, _bytes.GetSpan(20), out var written);
        _bytes.Advance(written);
    }
}
