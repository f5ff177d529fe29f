using Lineage.Lakehouse.Parquet.Metadata;

namespace Lineage.Lakehouse.Parquet.Schema;

/// <summary>A file's schema as fields, with the footer element of each leaf (physical type, width, annotations).</summary>
internal sealed record FileSchema(ParquetSchema Schema, IReadOnlyList<SchemaElement> LeafElements);
