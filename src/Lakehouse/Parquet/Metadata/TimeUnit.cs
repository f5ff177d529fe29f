namespace Lineage.Lakehouse.Parquet.Metadata;

/// <summary>The unit of TIME and TIMESTAMP values; the numbers are the field ids of the TimeUnit union.</summary>
public enum TimeUnit
{
    Millis = 1,
    Micros = 2,
    Nanos = 3,
}
