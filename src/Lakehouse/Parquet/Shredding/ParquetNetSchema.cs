using Apache.Arrow.Types;
using Lineage.Lakehouse.Arrow;
using Parquet.Schema;
using ArrowField = Apache.Arrow.Field;
using ArrowListType = Apache.Arrow.Types.ListType;
using ArrowSchema = Apache.Arrow.Schema;
using ArrowStructType = Apache.Arrow.Types.StructType;
using ParquetListField = Parquet.Schema.ListField;
using ParquetSchema = Parquet.Schema.ParquetSchema;
using ParquetStructField = Parquet.Schema.StructField;

namespace Lineage.Lakehouse.Parquet.Shredding;

/// <summary>
/// The Parquet.Net schema of an Arrow schema (three-level lists, exact nullability, Iceberg field ids), the plan of
/// every leaf column, and the field id of every footer schema element in footer order (groups included). String
/// leaves are Parquet.Net string fields where they are to be dictionary-encoded and byte-array fields elsewhere; the
/// latter are annotated as strings in the footer.
/// </summary>
internal sealed class ParquetNetSchema
{
    private readonly List<int?> _elementIds = [];
    private readonly List<TimestampType?> _elementTimestamps = [];
    private readonly List<bool> _elementByteStrings = [];
    private readonly List<LeafPlan> _leaves = [];
    private readonly IReadOnlySet<int> _dictionaryLeaves;

    private ParquetNetSchema(ArrowSchema schema, IReadOnlySet<int> dictionaryLeaves)
    {
        _dictionaryLeaves = dictionaryLeaves;
        var fields = new List<Field>();
        for (var column = 0; column < schema.FieldsList.Count; column++)
            fields.Add(Convert(schema.FieldsList[column], column, []));
        Schema = new ParquetSchema(fields);
    }

    public ParquetSchema Schema { get; }

    public IReadOnlyList<LeafPlan> Leaves => _leaves;

    /// <summary>Field ids of the footer's schema elements after the root, depth-first; null for list containers and fields without an id.</summary>
    public IReadOnlyList<int?> ElementIds => _elementIds;

    /// <summary>
    /// The Arrow timestamp type of each footer element after the root, or null. Timestamps are written as plain
    /// int64 microseconds and annotated afterwards, because Parquet.Net's DateTime path records the statistics of a
    /// microsecond column in milliseconds.
    /// </summary>
    public IReadOnlyList<TimestampType?> ElementTimestamps => _elementTimestamps;

    /// <summary>Whether each footer element after the root is a string leaf written as byte arrays (to be annotated as a string).</summary>
    public IReadOnlyList<bool> ElementByteStrings => _elementByteStrings;

    /// <param name="dictionaryLeaves">The indexes (in <see cref="Leaves"/> order) of the string leaves to dictionary-encode.</param>
    /// <exception cref="NotSupportedException">A field has a type the writer cannot store (maps, fixed other than uuid, unsigned integers…).</exception>
    public static ParquetNetSchema From(ArrowSchema schema, IReadOnlySet<int>? dictionaryLeaves = null) =>
        new(schema, dictionaryLeaves ?? new HashSet<int>());

    private Field Convert(ArrowField field, int column, List<LevelStep> steps)
    {
        var id = IcebergArrowSchema.FieldId(field);
        _elementIds.Add(id);
        _elementTimestamps.Add(field.DataType as TimestampType);
        _elementByteStrings.Add(false);
        switch (field.DataType)
        {
            case ArrowListType list:
                _elementIds.Add(null);
                _elementTimestamps.Add(null);
                _elementByteStrings.Add(false);
                var listSteps = new List<LevelStep>(steps)
                {
                    new(LevelStepKind.List, field.IsNullable, RepetitionLevel: steps.Count(s => s.Kind == LevelStepKind.List) + 1),
                };
                var item = Convert(list.ValueField, column, listSteps);
                return ParquetNetInternals.WithNullability(new ParquetListField(field.Name, item), field.IsNullable);
            case ArrowStructType @struct:
                var children = new List<Field>();
                for (var i = 0; i < @struct.Fields.Count; i++)
                    children.Add(Convert(@struct.Fields[i], column, [.. steps, new LevelStep(LevelStepKind.Struct, field.IsNullable, i)]));
                return ParquetNetInternals.WithNullability(new ParquetStructField(field.Name, [.. children]), field.IsNullable);
            default:
                var dictionary = _dictionaryLeaves.Contains(_leaves.Count);
                var data = Leaf(field, dictionary);
                _elementByteStrings[^1] = field.DataType is StringType && !dictionary;
                if (id is { } fieldId)
                    data.FieldId = fieldId;
                _leaves.Add(new LeafPlan(column, [.. steps, new LevelStep(LevelStepKind.Leaf, field.IsNullable)], field, data, id));
                return data;
        }
    }

    private static DataField Leaf(ArrowField field, bool dictionary)
    {
        var nullable = field.IsNullable;
        return field.DataType switch
        {
            BooleanType => new DataField<bool>(field.Name, nullable),
            Int8Type => new DataField<sbyte>(field.Name, nullable),
            Int16Type => new DataField<short>(field.Name, nullable),
            Int32Type => new DataField<int>(field.Name, nullable),
            Int64Type => new DataField<long>(field.Name, nullable),
            FloatType => new DataField<float>(field.Name, nullable),
            DoubleType => new DataField<double>(field.Name, nullable),
            StringType when dictionary => new DataField<string>(field.Name, nullable),
            StringType => new DataField<byte[]>(field.Name, nullable),
            BinaryType => new DataField<byte[]>(field.Name, nullable),
            Date32Type => new DataField<DateOnly>(field.Name, nullable),
            Time64Type { Unit: TimeUnit.Microsecond } => new TimeDataField(field.Name, TimeUnitPrecision.Micros, nullable) { IsAdjustedToUtc = false },
            TimestampType { Unit: TimeUnit.Microsecond } => new DataField<long>(field.Name, nullable),
            Decimal128Type d => new DecimalDataField(field.Name, d.Precision, d.Scale, isNullable: nullable,
                clrType: d.Precision > DecimalLeafBuffer.SystemDecimalDigits ? typeof(global::Parquet.Data.BigDecimal) : typeof(decimal)),
            FixedSizeBinaryType when IcebergArrowSchema.IsUuid(field) => new DataField<Guid>(field.Name, nullable),
            var other => throw new NotSupportedException(
                $"column '{field.Name}' has Arrow type {other.Name}{(other is FixedSizeBinaryType ? " (fixed other than uuid)" : "")}, which the Parquet writer cannot store"),
        };
    }
}
