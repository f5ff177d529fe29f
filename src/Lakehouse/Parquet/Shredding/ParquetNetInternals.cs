using System.Reflection;
using Parquet.Meta;
using Parquet.Schema;
using ParquetNetWriter = Parquet.ParquetWriter;

namespace Lineage.Lakehouse.Parquet.Shredding;

/// <summary>
/// What Parquet.Net 6.1's public model cannot say, reached through its internals: a required list, map or struct
/// (groups are always optional in its public model), the field id of a group (only leaves carry one), annotations of
/// the footer's elements, and the statistics of a byte-array chunk (it computes none). Iceberg needs the first two:
/// readers match columns by field id, and levels must follow the exact nullability. The members are looked up once;
/// a Parquet.Net version without them fails the first write loudly, not silently.
/// </summary>
internal static class ParquetNetInternals
{
    private static readonly MethodInfo NullableSetter =
        typeof(Field).GetProperty(nameof(Field.IsNullable))?.GetSetMethod(nonPublic: true)
        ?? throw Missing("Field.IsNullable setter");

    private static readonly FieldInfo WriterFooter =
        typeof(ParquetNetWriter).GetField("_footer", BindingFlags.NonPublic | BindingFlags.Instance)
        ?? throw Missing("ParquetWriter._footer");

    public static T WithNullability<T>(T field, bool nullable) where T : Field
    {
        if (field.IsNullable != nullable)
            NullableSetter.Invoke(field, [nullable]);
        return field;
    }

    /// <summary>The schema elements the writer will put in the footer (root first, depth-first).</summary>
    public static List<SchemaElement> FooterSchema(ParquetNetWriter writer) => FileMetaData(writer).Schema;

    private static FileMetaData FileMetaData(ParquetNetWriter writer)
    {
        var footer = WriterFooter.GetValue(writer) ?? throw Missing("ParquetWriter._footer value");
        return footer.GetType().GetField("_fileMeta", BindingFlags.NonPublic | BindingFlags.Instance)?.GetValue(footer) as FileMetaData
            ?? throw Missing("ThriftFooter._fileMeta");
    }

    /// <summary>The row groups the writer will put in the footer; the last is the one being written.</summary>
    public static List<RowGroup> FooterRowGroups(ParquetNetWriter writer) => FileMetaData(writer).RowGroups;

    /// <summary>Marks a byte-array element as UTF-8 strings.</summary>
    public static void AnnotateString(SchemaElement element)
    {
        element.LogicalType = new LogicalType { STRING = new global::Parquet.Meta.StringType() };
        element.ConvertedType = ConvertedType.UTF8;
    }

    /// <summary>Sets a column chunk's minimum and maximum (plain-encoded, as both the current and the deprecated fields).</summary>
    public static void SetMinMax(ColumnChunk chunk, byte[] min, byte[] max)
    {
        var statistics = chunk.MetaData?.Statistics ?? throw Missing("statistics of a written column chunk");
        statistics.Min = statistics.MinValue = min;
        statistics.Max = statistics.MaxValue = max;
    }

    /// <summary>Marks an int64 element as a microsecond timestamp (the converted type only where it means UTC, as the spec asks).</summary>
    public static void AnnotateMicrosecondTimestamp(SchemaElement element, bool adjustedToUtc)
    {
        element.LogicalType = new LogicalType
        {
            TIMESTAMP = new global::Parquet.Meta.TimestampType { IsAdjustedToUTC = adjustedToUtc, Unit = new global::Parquet.Meta.TimeUnit { MICROS = new MicroSeconds() } },
        };
        element.ConvertedType = adjustedToUtc ? ConvertedType.TIMESTAMP_MICROS : null;
    }

    private static InvalidOperationException Missing(string member) =>
        new($"Parquet.Net has no {member}; this build expects Parquet.Net 6.1");
}
