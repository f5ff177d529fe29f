using System.Text.Json;
using Lineage.Lakehouse.Avro.Values;

namespace Lineage.Lakehouse.Avro.Schemas;

/// <summary>An enum: a named list of symbols, encoded as the symbol's position.</summary>
public sealed class AvroEnumSchema : AvroNamedSchema
{
    private static readonly IReadOnlySet<string> Reserved =
        new HashSet<string>(StringComparer.Ordinal) { "type", "name", "namespace", "doc", "symbols", "default" };

    private readonly Dictionary<string, int> _positions;

    public AvroEnumSchema(
        string name,
        string? @namespace,
        IEnumerable<string> symbols,
        string? doc = null,
        string? defaultSymbol = null,
        IReadOnlyDictionary<string, JsonElement>? attributes = null)
        : base(name, @namespace, doc, attributes, Reserved)
    {
        var list = symbols.ToList();
        _positions = new Dictionary<string, int>(list.Count, StringComparer.Ordinal);
        for (var i = 0; i < list.Count; i++)
        {
            AvroTypeNames.RequireValidName(list[i], $"symbol of enum {FullName}");
            if (!_positions.TryAdd(list[i], i))
                throw new AvroSchemaException($"enum {FullName} lists the symbol '{list[i]}' twice");
        }
        if (defaultSymbol is not null && !_positions.ContainsKey(defaultSymbol))
            throw new AvroSchemaException($"the default '{defaultSymbol}' of enum {FullName} is not one of its symbols");
        Symbols = list.AsReadOnly();
        DefaultSymbol = defaultSymbol;
        Values = list.Select((symbol, i) => new AvroEnumValue(this, i)).ToList().AsReadOnly();
    }

    public override AvroSchemaKind Kind => AvroSchemaKind.Enum;

    public IReadOnlyList<string> Symbols { get; }

    /// <summary>The symbol readers use for unknown symbols during schema resolution (the enum's <c>default</c>).</summary>
    public string? DefaultSymbol { get; }

    /// <summary>One shared value per symbol, in symbol order.</summary>
    public IReadOnlyList<AvroEnumValue> Values { get; }

    /// <summary>The position of <paramref name="symbol"/>, or -1.</summary>
    public int IndexOf(string symbol) => _positions.GetValueOrDefault(symbol, -1);

    /// <summary>The value of <paramref name="symbol"/>.</summary>
    /// <exception cref="ArgumentException">The enum has no such symbol.</exception>
    public AvroEnumValue ValueOf(string symbol) =>
        IndexOf(symbol) is var i and >= 0
            ? Values[i]
            : throw new ArgumentException(
                $"Enum {FullName} has no symbol '{symbol}'; its symbols are {string.Join(", ", Symbols)}.", nameof(symbol));

    internal override int ComputeMinimumEncodedSize(HashSet<AvroSchema> visiting) => 1;
}
