using Lineage.Lakehouse.Parquet.Encodings;

namespace Lineage.Lakehouse.Parquet.Data;

/// <summary>A vector of byte strings: UTF-8 text, binary, fixed-width bytes, large decimals.</summary>
public sealed class BinaryVector : ColumnVector
{
    public BinaryVector() => Values = new ByteArrayBuffer();

    public ByteArrayBuffer Values { get; }

    public ReadOnlySpan<byte> this[int index] => Values[index];

    public static BinaryVector FromStrings(IEnumerable<string?> values)
    {
        var vector = new BinaryVector();
        foreach (var value in values)
        {
            if (value is null)
                vector.AppendNull();
            else
                vector.AppendString(value);
        }
        return vector;
    }

    public void Append(ReadOnlySpan<byte> value)
    {
        MarkPresent();
        Values.Add(value);
        Count++;
    }

    public void AppendString(string value)
    {
        MarkPresent();
        System.Text.Encoding.UTF8.GetBytes(value, Values.Allocate(System.Text.Encoding.UTF8.GetByteCount(value)));
        Count++;
    }

    public override void Clear()
    {
        base.Clear();
        Values.Clear();
    }

    public string GetString(int index) => System.Text.Encoding.UTF8.GetString(Values[index]);

    /// <summary>Counts values a decoder added straight into <see cref="Values"/> (the vector must hold no nulls).</summary>
    internal void AdoptDecodedValues() => Count = Values.Count;

    internal override void Truncate(int count)
    {
        base.Truncate(count);
        Values.Truncate(Count);
    }

    internal override void AppendFrom(ColumnVector source, int index) => Append(((BinaryVector)source)[index]);

    protected override void AppendDefault()
    {
        Values.Add([]);
        Count++;
    }
}
