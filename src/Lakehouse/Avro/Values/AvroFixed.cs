using Lineage.Lakehouse.Avro.Schemas;

namespace Lineage.Lakehouse.Avro.Values;

/// <summary>A value of a fixed schema: exactly <see cref="AvroFixedSchema.Size"/> bytes.</summary>
public sealed class AvroFixed
{
    public AvroFixed(AvroFixedSchema schema, byte[] bytes)
    {
        ArgumentNullException.ThrowIfNull(schema);
        ArgumentNullException.ThrowIfNull(bytes);
        if (bytes.Length != schema.Size)
            throw new ArgumentException($"Fixed {schema.FullName} holds {schema.Size} bytes, not {bytes.Length}.", nameof(bytes));
        Schema = schema;
        Bytes = bytes;
    }

    public AvroFixedSchema Schema { get; }

    public byte[] Bytes { get; }

    public override string ToString() => $"{Schema.FullName}({Convert.ToHexString(Bytes)})";
}
