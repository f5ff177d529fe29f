using Lineage.Assets.Specs;

namespace Lineage.Assets.Quantum.Columns;

/// <summary>Terse constructors for column specs, written in the table notation (<c>list&lt;double&gt;?</c>).</summary>
internal static class Column
{
    /// <summary>
    /// A column whose <paramref name="type"/> is an Iceberg type name; a trailing <c>?</c> makes it nullable.
    /// </summary>
    public static ColumnSpec Of(string name, string type, string description, params ColumnRef[] derivedFrom)
    {
        var nullable = type.EndsWith('?');
        var typeName = nullable ? type[..^1] : type;
        return new ColumnSpec(name, ColumnType.Parse(typeName), nullable, description, derivedFrom);
    }

    /// <summary>
    /// Carries an upstream column unchanged (same type and nullability), optionally under a new name or description.
    /// </summary>
    public static ColumnSpec Carry(AssetSpec upstream, string column, string? rename = null, string? description = null)
    {
        var source = upstream.Require(column);
        return source with
        {
            Name = rename ?? source.Name,
            Description = description ?? source.Description,
            DerivedFrom = [new ColumnRef(upstream.Key, source.Name)],
        };
    }
}
