using Lineage.Lakehouse.Parquet.Data;
using Lineage.Lakehouse.Parquet.Schema;

namespace Lineage.Lakehouse.Iceberg.Tables;

/// <summary>Vectors of nulls: a column a file or batch lacks (added later by schema evolution, optional and omitted).</summary>
internal static class NullVectors
{
    public static ColumnVector Create(ParquetField field, int count)
    {
        var vector = ColumnVectors.Create(field);
        for (var i = 0; i < count; i++)
            vector.AppendNull();
        return vector;
    }
}
