namespace Lineage.Assets.Specs;

/// <summary>
/// A column's logical type in Iceberg's vocabulary: primitives (<c>int</c>, <c>long</c>, <c>double</c>,
/// <c>boolean</c>, <c>string</c>, <c>date</c>, <c>timestamptz</c>) and <c>list&lt;T&gt;</c>.
/// </summary>
public sealed record ColumnType
{
    private static readonly HashSet<string> Primitives =
        ["int", "long", "float", "double", "boolean", "string", "date", "timestamptz", "binary"];

    private ColumnType(string primitive, ColumnType? element)
    {
        Primitive = primitive;
        Element = element;
    }

    /// <summary>The primitive name, or <c>list</c> for a list.</summary>
    public string Primitive { get; }

    /// <summary>The element type of a list; null for a primitive.</summary>
    public ColumnType? Element { get; }

    public bool IsList => Element is not null;

    public static ColumnType Int { get; } = new("int", null);
    public static ColumnType Long { get; } = new("long", null);
    public static ColumnType Double { get; } = new("double", null);
    public static ColumnType Boolean { get; } = new("boolean", null);
    public static ColumnType String { get; } = new("string", null);
    public static ColumnType Date { get; } = new("date", null);
    public static ColumnType TimestampTz { get; } = new("timestamptz", null);

    public static ColumnType ListOf(ColumnType element) => new("list", element);

    public static ColumnType Parse(string text)
    {
        var trimmed = text.Trim();
        if (trimmed.StartsWith("list<", StringComparison.Ordinal) && trimmed.EndsWith('>'))
            return ListOf(Parse(trimmed[5..^1]));
        if (Primitives.Contains(trimmed))
            return new ColumnType(trimmed, null);
        throw new FormatException($"Unknown column type '{text}'. Known: {string.Join(", ", Primitives)}, list<T>.");
    }

    public override string ToString() => Element is null ? Primitive : $"list<{Element}>";
}
