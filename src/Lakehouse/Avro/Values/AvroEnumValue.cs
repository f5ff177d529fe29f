using Lineage.Lakehouse.Avro.Schemas;

namespace Lineage.Lakehouse.Avro.Values;

/// <summary>One symbol of an enum schema; each schema holds one shared instance per symbol (<see cref="AvroEnumSchema.Values"/>).</summary>
public sealed class AvroEnumValue
{
    internal AvroEnumValue(AvroEnumSchema schema, int index)
    {
        Schema = schema;
        Index = index;
    }

    public AvroEnumSchema Schema { get; }

    /// <summary>The symbol's position, which is what the binary encoding stores.</summary>
    public int Index { get; }

    public string Symbol => Schema.Symbols[Index];

    public override string ToString() => Symbol;
}
