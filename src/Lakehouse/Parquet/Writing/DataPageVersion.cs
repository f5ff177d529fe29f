namespace Lineage.Lakehouse.Parquet.Writing;

/// <summary>Data page layout: v1 (levels and values compressed together) or v2 (levels stored uncompressed, counted rows).</summary>
public enum DataPageVersion
{
    V1 = 1,
    V2 = 2,
}
