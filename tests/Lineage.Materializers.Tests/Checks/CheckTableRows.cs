using Lineage.Assets.Keys;
using Lineage.Assets.Quantum;
using Lineage.Assets.Specs;
using Apache.Arrow;
using Lineage.Materializers.Tables;
using Lineage.Materializers.Tests.Support;

namespace Lineage.Materializers.Tests.Checks;

/// <summary>
/// Batches of a quantum table built from the few columns a check reads; every other column gets a plain value of
/// its type, so tests name only what matters to them.
/// </summary>
internal static class CheckTableRows
{
    public static IReadOnlyList<AssetSpec> Specs { get; } = QuantumAssets.CreateSpecs(new DateOnly(2026, 1, 1));

    public static AssetSpec Spec(AssetKey key) => Specs.Single(s => s.Key == key);

    public static Dictionary<string, object?> Row(params (string Column, object? Value)[] values) =>
        values.ToDictionary(v => v.Column, v => v.Value);

    public static RecordBatch Batch(AssetKey table, params IReadOnlyList<Dictionary<string, object?>> rows)
    {
        var builder = QuantumTableRows.For(table);
        foreach (var row in rows)
        {
            foreach (var column in Spec(table).Columns)
                Append(builder, column.Type.ToString(), row.TryGetValue(column.Name, out var value) ? value : Plain(column.Type.ToString()));
            builder.EndRow();
        }
        return builder.TakeBatch();
    }

    /// <summary>The batch with one column replaced, e.g. by an array holding nulls a required column cannot be written with.</summary>
    public static RecordBatch WithColumn(RecordBatch batch, string name, IArrowArray array) =>
        new(batch.Schema, batch.Arrays.Select((column, i) => batch.Schema.GetFieldByIndex(i).Name == name ? array : column).ToList(), batch.Length);

    private static object Plain(string type) => type switch
    {
        "int" => 1,
        "long" => 1L,
        "double" => 1.0,
        "boolean" => false,
        "string" => "x",
        "date" => new DateOnly(2026, 3, 5),
        "timestamptz" => new DateTimeOffset(2026, 3, 5, 0, 0, 0, TimeSpan.Zero),
        "list<list<double>>" => new List<IReadOnlyList<double>>(),
        "list<double>" => new List<double>(),
        "list<long>" => new List<long>(),
        "list<string>" => new List<string>(),
        _ => throw new ArgumentException($"no plain value for type {type}"),
    };

    private static void Append(TableRows rows, string type, object? value)
    {
        switch (type)
        {
            case "int": rows.Int(value is null ? null : Convert.ToInt32(value)); break;
            case "long": rows.Long(value is null ? null : Convert.ToInt64(value)); break;
            case "double": rows.Double(value is null ? null : Convert.ToDouble(value)); break;
            case "boolean": rows.Boolean((bool?)value); break;
            case "string": rows.String((string?)value); break;
            case "date": rows.Date((DateOnly?)value); break;
            case "timestamptz": rows.Timestamp((DateTimeOffset?)value); break;
            case "list<list<double>>": rows.DoubleLists((IReadOnlyList<IReadOnlyList<double>>?)value); break;
            case "list<double>": rows.Doubles((IReadOnlyList<double>?)value); break;
            case "list<long>": rows.Longs((IReadOnlyList<long>?)value); break;
            case "list<string>": rows.Strings((IReadOnlyList<string>?)value); break;
            default: throw new ArgumentException($"no appender for type {type}");
        }
    }
}
