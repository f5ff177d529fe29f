using System.Buffers;
using System.Globalization;
using System.Text;
using System.Text.Json.Nodes;
using Lineage.Assets.Specs;
using Lineage.Lakehouse.Parquet.Data;

namespace Lineage.Materializers.Checks;

/// <summary>
/// The key of a row as one string, its column values joined by a separator that cannot occur in them, for sets of
/// keys; and back to a JSON object naming each column for metadata.
/// </summary>
internal sealed class RowKey(IReadOnlyList<ColumnSpec> columns)
{
    private const char Separator = '\u001F';
    private const string NullMarker = "\u0000";

    private readonly StringBuilder _text = new();

    public string Of(IReadOnlyList<ColumnVector> keys, int row)
    {
        _text.Clear();
        for (var k = 0; k < keys.Count; k++)
        {
            if (k > 0)
                _text.Append(Separator);
            Append(keys[k], row);
        }
        return _text.ToString();
    }

    public JsonObject Describe(string key)
    {
        var values = key.Split(Separator);
        var described = new JsonObject();
        for (var k = 0; k < columns.Count; k++)
        {
            var (name, type) = (columns[k].Name, columns[k].Type);
            described[name] = values[k] == NullMarker ? null
                : type == ColumnType.Int || type == ColumnType.Long ? long.Parse(values[k], CultureInfo.InvariantCulture)
                : values[k];
        }
        return described;
    }

    private void Append(ColumnVector vector, int row)
    {
        if (vector.IsNull(row))
        {
            _text.Append(NullMarker);
            return;
        }
        switch (vector)
        {
            case BinaryVector strings:
                var bytes = strings[row];
                var chars = ArrayPool<char>.Shared.Rent(Encoding.UTF8.GetMaxCharCount(bytes.Length));
                var length = Encoding.UTF8.GetChars(bytes, chars);
                _text.Append(chars, 0, length);
                ArrayPool<char>.Shared.Return(chars);
                break;
            case PrimitiveVector<int> ints:
                _text.Append(CultureInfo.InvariantCulture, $"{ints[row]}");
                break;
            case PrimitiveVector<long> longs:
                _text.Append(CultureInfo.InvariantCulture, $"{longs[row]}");
                break;
            default:
                throw new InvalidOperationException($"a key column holds {vector.GetType().Name} values; keys are strings or integers");
        }
    }
}
