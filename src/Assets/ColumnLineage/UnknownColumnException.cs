using Lineage.Assets.Specs;

namespace Lineage.Assets.ColumnLineage;

/// <summary>A column asked of the column lineage that no asset declares.</summary>
public sealed class UnknownColumnException(ColumnRef column, string message) : KeyNotFoundException(message)
{
    public ColumnRef Column { get; } = column;
}
